import SegmentsLoading

extension SyntheticOlist {
    /// `olist_customers_dataset.csv`: one row per order (its `customer_id`) with the buyer.
    static func customersFile(_ history: SyntheticHistory) -> [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: ["customer_id", "customer_unique_id", "customer_zip_code_prefix", "customer_city", "customer_state"],
            rows: history.orders.count, bytesPerRow: 100)
        for order in history.orders {
            let buyer = history.buyers[order.buyer]
            buffer.identifier(order.customerID)
            buffer.identifier(buyer.id)
            buffer.text(SyntheticGeography.zipText(buyer.zipPrefix))
            buffer.text(SyntheticGeography.cities[buyer.city].name)
            buffer.text(SyntheticGeography.states[buyer.state].code)
            buffer.endRow()
        }
        return buffer.bytes
    }

    /// `olist_orders_dataset.csv`.
    static func ordersFile(_ history: SyntheticHistory) -> [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: [
                "order_id", "customer_id", "order_status", "order_purchase_timestamp", "order_approved_at",
                "order_delivered_carrier_date", "order_delivered_customer_date", "order_estimated_delivery_date",
            ],
            rows: history.orders.count, bytesPerRow: 180)
        for order in history.orders {
            buffer.identifier(order.id)
            buffer.identifier(order.customerID)
            buffer.text(order.status.rawValue)
            buffer.timestamp(order.purchase)
            buffer.timestamp(order.approved)
            buffer.timestamp(order.carrier)
            buffer.timestamp(order.delivered)
            buffer.timestamp(order.estimated)
            buffer.endRow()
        }
        return buffer.bytes
    }

    /// `olist_order_items_dataset.csv`: the listed items, numbered from 1 within each order.
    static func itemsFile(_ history: SyntheticHistory, catalogue: SyntheticCatalogue) -> [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: ["order_id", "order_item_id", "product_id", "seller_id", "shipping_limit_date", "price", "freight_value"],
            rows: history.items.count, bytesPerRow: 130)
        for order in history.orders where order.itemsListed {
            for (position, item) in history.items[order.items].enumerated() {
                buffer.identifier(order.id)
                buffer.integer(position + 1)
                buffer.text(catalogue.products[item.product].id)
                buffer.text(catalogue.sellers[item.seller].id)
                buffer.timestamp(item.shippingLimit)
                buffer.cents(item.priceCents)
                buffer.cents(item.freightCents)
                buffer.endRow()
            }
        }
        return buffer.bytes
    }

    /// `olist_order_payments_dataset.csv`.
    static func paymentsFile(_ history: SyntheticHistory) -> [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: ["order_id", "payment_sequential", "payment_type", "payment_installments", "payment_value"],
            rows: history.payments.count, bytesPerRow: 70)
        for payment in history.payments {
            buffer.identifier(history.orders[payment.order].id)
            buffer.integer(payment.sequential)
            buffer.text(payment.type.rawValue)
            buffer.integer(payment.installments)
            buffer.cents(payment.cents)
            buffer.endRow()
        }
        return buffer.bytes
    }

    /// `olist_order_reviews_dataset.csv`: comments are quoted when they hold commas, quotes
    /// or line breaks; no comment is an empty field.
    static func reviewsFile(_ history: SyntheticHistory) -> [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: [
                "review_id", "order_id", "review_score", "review_comment_title", "review_comment_message",
                "review_creation_date", "review_answer_timestamp",
            ],
            rows: history.reviews.count, bytesPerRow: 150)
        for review in history.reviews {
            buffer.identifier(review.id)
            buffer.identifier(history.orders[review.order].id)
            buffer.integer(review.score)
            buffer.text(review.title)
            buffer.text(review.message)
            buffer.timestamp(review.created)
            buffer.timestamp(review.answered)
            buffer.endRow()
        }
        return buffer.bytes
    }
}

import SegmentsLoading
import SegmentsTestSupport

/// A small hand-written Olist dataset whose indicators are worked out by hand in
/// `EDAIndicatorTests`.
///
/// Buyers: u1 (c1, c2) orders o1 then o2 thirty days later; u2 (c3, c6) orders o3 then o6
/// 59.25 days later (o6 has no payment); u3 (c4) only has the canceled o4, so is no buyer;
/// u4 (c5) orders o5. Product p3 has no category.
enum EDATestData {
    static let logger = quietLogger

    static let texts: [OlistFile: String] = [
        .customers: """
            customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state
            c1,u1,01037,sao paulo,SP
            c2,u1,01037,sao paulo,SP
            c3,u2,22041,rio de janeiro,RJ
            c4,u3,30110,belo horizonte,MG
            c5,u4,01310,sao paulo,SP
            c6,u2,22041,rio de janeiro,RJ

            """,
        .orders: """
            order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
            o1,c1,delivered,2018-01-10 10:00:00,,,2018-01-15 10:00:00,2018-01-20 00:00:00
            o2,c2,delivered,2018-02-09 10:00:00,,,2018-02-25 12:00:00,2018-02-20 00:00:00
            o3,c3,shipped,2018-01-20 00:00:00,,,,2018-02-01 00:00:00
            o4,c4,canceled,2018-03-01 08:00:00,,,,2018-03-15 00:00:00
            o5,c5,delivered,2018-03-05 12:00:00,,,2018-03-10 23:00:00,2018-03-10 00:00:00
            o6,c6,invoiced,2018-03-20 06:00:00,,,,2018-04-05 00:00:00

            """,
        .orderItems: """
            order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value
            o1,1,p1,s1,,100.00,10.00
            o1,2,p2,s1,,50.00,5.00
            o2,1,p1,s1,,100.00,20.00
            o3,1,p3,s1,,40.00,
            o4,1,p1,s1,,100.00,10.00
            o5,1,p2,s1,,60.00,12.00
            o6,1,p3,s1,,40.00,8.00
            o6,2,p3,s1,,40.00,8.00

            """,
        .payments: """
            order_id,payment_sequential,payment_type,payment_installments,payment_value
            o1,1,credit_card,3,100.00
            o1,2,voucher,1,65.00
            o2,1,credit_card,1,120.00
            o3,1,boleto,1,40.00
            o4,1,credit_card,2,110.00
            o5,1,debit_card,1,72.00

            """,
        .reviews: """
            review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp
            r1,o1,5,,,,
            r2,o2,4,,,,
            r3,o3,1,,"não chegou, péssimo",,
            r4,o4,1,,,,
            r5,o5,5,,,,

            """,
        .products: """
            product_id,product_category_name
            p1,cama_mesa_banho
            p2,beleza_saude
            p3,

            """,
        .sellers: """
            seller_id,seller_zip_code_prefix,seller_city,seller_state
            s1,13023,campinas,SP

            """,
        .categoryTranslation: """
            product_category_name,product_category_name_english
            cama_mesa_banho,bed_bath_table
            beleza_saude,health_beauty

            """,
    ]

    static func load() throws -> OlistDataset {
        try OlistDataset.load(
            files: Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, Array($0.value.utf8)) }),
            origin: "eda-test", logger: logger)
    }
}

extension EDATestData {
    /// A geolocation table knowing two of the four zip code prefixes of the customers.
    static let geolocation = """
        geolocation_zip_code_prefix,geolocation_lat,geolocation_lng,geolocation_city,geolocation_state
        01037,-23.54,-46.63,sao paulo,SP
        01037,-23.55,-46.64,sao paulo,SP
        22041,-22.97,-43.18,rio de janeiro,RJ

        """
}

import SegmentsLoading

extension SyntheticCatalogue {
    /// `olist_products_dataset.csv`, column for column (`lenght` as Olist spells it).
    var productsFile: [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: [
                "product_id", "product_category_name", "product_name_lenght", "product_description_lenght",
                "product_photos_qty", "product_weight_g", "product_length_cm", "product_height_cm", "product_width_cm",
            ],
            rows: products.count, bytesPerRow: 80)
        for product in products {
            buffer.text(product.id)
            buffer.text(product.category.map { categories[$0].name })
            buffer.integer(product.nameLength)
            buffer.integer(product.descriptionLength)
            buffer.integer(product.photoCount)
            buffer.integer(product.weightGrams)
            buffer.integer(product.lengthCentimetres)
            buffer.integer(product.heightCentimetres)
            buffer.integer(product.widthCentimetres)
            buffer.endRow()
        }
        return buffer.bytes
    }

    /// `olist_sellers_dataset.csv`.
    var sellersFile: [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: ["seller_id", "seller_zip_code_prefix", "seller_city", "seller_state"],
            rows: sellers.count, bytesPerRow: 60)
        for seller in sellers {
            buffer.text(seller.id)
            buffer.text(seller.zipCodePrefix)
            buffer.text(seller.city)
            buffer.text(seller.state)
            buffer.endRow()
        }
        return buffer.bytes
    }

    /// `product_category_name_translation.csv`: the categories with an English name, written
    /// like the real file (byte order mark, unquoted header, no final line break).
    var categoryTranslationFile: [UInt8] {
        var buffer = SyntheticCSVBuffer(
            columns: ["product_category_name", "product_category_name_english"],
            rows: categories.count, bytesPerRow: 40, quotedHeader: false, byteOrderMark: true)
        for category in categories {
            guard let english = category.englishName else { continue }
            buffer.text(category.name)
            buffer.text(english)
            buffer.endRow()
        }
        buffer.dropFinalLineFeed()
        return buffer.bytes
    }
}

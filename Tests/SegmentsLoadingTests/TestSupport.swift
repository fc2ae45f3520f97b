import SegmentsTestSupport
@testable import SegmentsLoading

/// Every record of `text`, fields unescaped, read with the CSV reader.
func records(_ text: String, file: String = "t.csv") throws(LoadingError) -> [[String]] {
    try records(Array(text.utf8), file: file)
}

/// Every record of `bytes`, fields unescaped.
func records(_ bytes: [UInt8], file: String = "t.csv") throws(LoadingError) -> [[String]] {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadingError) in
        var reader = CSVReader(file: file, bytes: buffer)
        var result: [[String]] = []
        while try reader.readRecord() {
            result.append(
                reader.fields.map { field in
                    let content = Array(buffer[field.start..<field.end])
                    let bytes = field.hasEscapedQuotes ? CSVTable.unescaped(content) : content
                    return String(decoding: bytes, as: UTF8.self)
                })
        }
        return result
    }
}

/// The `LoadingError` `body` throws, or `nil` when it returns (or throws something else).
func loadingError<T>(_ body: () throws -> T) -> LoadingError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? LoadingError
    }
}

/// A tiny hand-written Olist dataset with known joins and orphans.
///
/// Buyers: u1 has customers c1, c2; u2 has c3; u3 has c4 (no order). Orders o1 (c1), o2 (c2),
/// o3 (c3), o4 (cX: unknown customer). Items: two for o1, one for o2, one for unknown order
/// o9, one for o3 with unknown product and seller. Payments for o1, o2 and unknown o9.
/// Reviews r1 (o1), r2 (o2) and r2 again (o3). Product p2's category is not translated, p3
/// has none. Column orders differ from the published files on purpose.
enum TinyOlist {
    static let texts: [String: String] = [
        OlistFile.customers.rawValue: """
            "customer_id","customer_unique_id","customer_zip_code_prefix","customer_city","customer_state"
            c1,u1,01037,sao paulo,SP
            c2,u1,"01037",sao paulo,SP
            c3,u2,22041,rio de janeiro,RJ
            c4,u3,,,

            """,
        OlistFile.orders.rawValue: """
            order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date
            o1,c1,delivered,2017-11-24 10:20:30,2017-11-24 11:00:00,2017-11-25 09:00:00,2017-11-30 18:00:00,2017-12-05 00:00:00
            o2,c2,shipped,2018-01-02 08:00:00,2018-01-02 08:10:00,2018-01-03 12:00:00,,2018-01-20 00:00:00
            o3,c3,canceled,2018-02-03 09:30:00,,,,2018-02-20 00:00:00
            o4,cX,delivered,2018-03-04 12:00:00,2018-03-04 12:05:00,,2018-03-10 10:00:00,2018-03-15 00:00:00

            """,
        OlistFile.orderItems.rawValue: """
            order_item_id,order_id,product_id,seller_id,shipping_limit_date,price,freight_value,extra
            1,o1,p1,s1,2017-11-28 10:20:30,58.90,13.29,x
            2,o1,p2,s1,2017-11-28 10:20:30,10.00,,x
            1,o2,p1,s2,2018-01-05 08:00:00,199.99,20.5,x
            1,o9,p1,s1,2018-01-05 08:00:00,5,1,x
            1,o3,pX,sY,,7.5,0,x

            """,
        OlistFile.payments.rawValue: """
            order_id,payment_sequential,payment_type,payment_installments,payment_value
            o1,1,credit_card,3,50.00
            o1,2,voucher,1,32.19
            o2,1,boleto,1,220.49
            o9,1,debit_card,1,6

            """,
        OlistFile.reviews.rawValue: """
            review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp
            r1,o1,5,,"Muito bom, chegou ""rápido""
            recomendo",2017-12-01 00:00:00,2017-12-02 10:00:00
            r2,o2,1,Ruim,"não chegou",2018-01-21 00:00:00,
            r2,o3,4,,,2018-02-21 00:00:00,2018-02-22 08:00:00

            """,
        OlistFile.products.rawValue: """
            "product_id","product_category_name","product_name_lenght","product_description_lenght","product_photos_qty","product_weight_g","product_length_cm","product_height_cm","product_width_cm"
            "p1",beleza_saude,40,287,1,225,16,10,14
            p2,pc_gamer,44,276,1,1000,30,18,20
            p3,,,,,154,18,9,15

            """,
        OlistFile.sellers.rawValue: """
            "seller_id","seller_zip_code_prefix","seller_city","seller_state"
            s1,"13023",campinas,SP
            s2,13844,mogi guacu,SP

            """,
        OlistFile.categoryTranslation.rawValue: "\u{FEFF}product_category_name,product_category_name_english\r\n"
            + "beleza_saude,health_beauty\r\n",
    ]

    /// The files as bytes, with some replaced (`nil` removes a file).
    static func files(replacing replacements: [OlistFile: String?] = [:]) -> [String: [UInt8]] {
        var files = texts.mapValues { Array($0.utf8) }
        for (file, text) in replacements {
            files[file.rawValue] = text.map { Array($0.utf8) }
        }
        return files
    }

    static func load(replacing replacements: [OlistFile: String?] = [:]) throws(LoadingError) -> OlistDataset {
        try OlistDataset.load(files: files(replacing: replacements), origin: "tiny", logger: quietLogger)
    }
}

/// Finds the position of a cell of a kept row, for orphan examples.
struct RowLocator {
    let files: [String: FileBytes]
    let headers: [OlistFile: [String]]

    func position(_ file: OlistFile, origins: RowOrigins, row: Int, column: String) -> SourcePosition {
        let index = headers[file]?.firstIndex(of: column) ?? 0
        return files[file.rawValue]!.withUnsafeBufferPointer {
            origins.position(row: row, column: index, file: file.rawValue, bytes: $0)
        }
    }
}

extension OlistDataset {
    /// Replaces the foreign keys read (codes of each table's own key interner) by row indices
    /// of the referenced tables, -1 when unknown, and checks every join both ways.
    /// - Returns: one check per ``ReferenceCheck/Relation``, in order.
    /// - Complexity: O(rows + distinct keys × key length).
    mutating func resolveJoins(locator: RowLocator) -> [ReferenceCheck] {
        var checks: [ReferenceCheck] = []
        checks.append(
            Self.resolve(.orderCustomer, &orders.customer, keys: &orders.customerKeys, in: customers.ids, orders.origins, locator))
        orders.buyer = orders.customer.map { $0 >= 0 ? customers.buyer[Int($0)] : -1 }
        checks.append(
            Self.resolve(.itemOrder, &orderItems.order, keys: &orderItems.orderKeys, in: orders.ids, orderItems.origins, locator))
        checks.append(
            Self.resolve(.itemProduct, &orderItems.product, keys: &orderItems.productKeys, in: products.ids, orderItems.origins, locator))
        checks.append(
            Self.resolve(.itemSeller, &orderItems.seller, keys: &orderItems.sellerKeys, in: sellers.ids, orderItems.origins, locator))
        checks.append(
            Self.resolve(.paymentOrder, &payments.order, keys: &payments.orderKeys, in: orders.ids, payments.origins, locator))
        checks.append(
            Self.resolve(.reviewOrder, &reviews.order, keys: &reviews.orderKeys, in: orders.ids, reviews.origins, locator))
        checks.append(resolveCategories(locator))
        checks.append(Self.unreferenced(.orderHasItems, ids: orders.ids, by: orderItems.order, orders.origins, locator))
        checks.append(Self.unreferenced(.orderHasPayments, ids: orders.ids, by: payments.order, orders.origins, locator))
        checks.append(Self.unreferenced(.orderHasReviews, ids: orders.ids, by: reviews.order, orders.origins, locator))
        checks.append(Self.unreferenced(.customerHasOrders, ids: customers.ids, by: orders.customer, customers.origins, locator))
        return checks
    }

    /// Maps `references` from codes of `keys` to codes (rows) of `target`; frees `keys`.
    private static func resolve(
        _ relation: ReferenceCheck.Relation, _ references: inout [Int32], keys: inout Interner,
        in target: Interner, _ origins: RowOrigins, _ locator: RowLocator
    ) -> ReferenceCheck {
        let mapping = keys.codes(in: target)
        var check = ReferenceCheck(relation: relation, checked: references.count, unmatched: 0, examples: [])
        let (file, column) = relation.source
        for row in references.indices {
            let key = references[row]
            let resolved = mapping[Int(key)]
            references[row] = resolved
            guard resolved < 0 else { continue }
            check.unmatched += 1
            if check.examples.count < DataIssueLog.exampleLimit {
                check.examples.append(
                    DataIssue(
                        kind: .unknownReference,
                        position: locator.position(file, origins: origins, row: row, column: column),
                        column: column,
                        message: "\(column) \"\(keys[key])\" not found in \(relation.target.rawValue); row kept without it",
                        rowRejected: false))
            }
        }
        keys = Interner()
        return check
    }

    /// Counts the rows of a table (keyed by `ids`) that no row of `references` points to.
    private static func unreferenced(
        _ relation: ReferenceCheck.Relation, ids: Interner, by references: [Int32], _ origins: RowOrigins,
        _ locator: RowLocator
    ) -> ReferenceCheck {
        var referenced = [Bool](repeating: false, count: ids.count)
        for row in references where row >= 0 { referenced[Int(row)] = true }
        var check = ReferenceCheck(relation: relation, checked: ids.count, unmatched: 0, examples: [])
        let (file, column) = relation.source
        for row in referenced.indices where !referenced[row] {
            check.unmatched += 1
            if check.examples.count < DataIssueLog.exampleLimit {
                check.examples.append(
                    DataIssue(
                        kind: .unreferencedRow,
                        position: locator.position(file, origins: origins, row: row, column: column),
                        column: column,
                        message: "\(column) \"\(ids[Int32(row)])\" has no row in \(relation.target.rawValue)",
                        rowRejected: false))
            }
        }
        return check
    }

    /// Links product categories to the translation table.
    private mutating func resolveCategories(_ locator: RowLocator) -> ReferenceCheck {
        products.categoryTranslation = products.categoryNames.codes(in: categories.names)
        var check = ReferenceCheck(relation: .productCategory, checked: 0, unmatched: 0, examples: [])
        let column = Products.ColumnName.category
        for (row, code) in products.category.enumerated() where code >= 0 {
            check.checked += 1
            guard products.categoryTranslation[Int(code)] < 0 else { continue }
            check.unmatched += 1
            if check.examples.count < DataIssueLog.exampleLimit {
                check.examples.append(
                    DataIssue(
                        kind: .unknownReference,
                        position: locator.position(.products, origins: products.origins, row: row, column: column),
                        column: column,
                        message: "\(column) \"\(products.categoryNames[code])\" not found in "
                            + "\(OlistFile.categoryTranslation.rawValue); the Portuguese name is used",
                        rowRejected: false))
            }
        }
        return check
    }
}

/// A value from a closed set of text codes (order status, payment type), stored in one byte,
/// with an ``other`` case for codes the tool does not know.
public protocol ClosedSetValue: CaseIterable, RawRepresentable, Hashable, Sendable where RawValue == String {
    /// The case for a code outside the known set.
    static var other: Self { get }
}

extension ClosedSetValue {
    /// The case whose code equals `bytes`, or `nil` (``other`` never matches).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        for candidate in Self.allCases where candidate != .other {
            if candidate.rawValue.utf8.elementsEqual(bytes) {
                self = candidate
                return
            }
        }
        return nil
    }

    /// The known codes, for messages: `a, b, c`.
    static var knownValues: String {
        allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: ", ")
    }
}

/// The status of an order, as in `order_status`.
public enum OrderStatus: String, ClosedSetValue {
    case delivered, shipped, canceled, unavailable, invoiced, processing, created, approved
    /// A status the tool does not know.
    case other
}

/// The payment method, as in `payment_type`.
public enum PaymentType: String, ClosedSetValue {
    case creditCard = "credit_card"
    case boleto
    case voucher
    case debitCard = "debit_card"
    case notDefined = "not_defined"
    /// A payment type the tool does not know.
    case other
}

/// The caller's configuration value, encoded as itself inside `results.json`.
struct EncodedConfiguration: Encodable {
    let value: any Encodable & Sendable

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}

extension Catalogue {
    /// The text of `key.one` or `key.other` for a count `n`, with `{count}` and `arguments`
    /// filled: `.one` for 1, and for 0 when the catalogue's `plural.zero` is `one` (French
    /// says « 0 segment a diminué », English "0 segments shrank").
    func counted(_ key: String, _ n: Int, count: String, _ arguments: [String: String] = [:]) -> String {
        let singular = n == 1 || (n == 0 && self("plural.zero") == "one")
        return self(key + (singular ? ".one" : ".other"), arguments.merging(["count": count]) { _, new in new })
    }
}

/// The model of `pages/quote`: the printable maintenance quote.
struct QuoteModel {
    /// A heading fact of the quote: label and value (number, dates, parties).
    struct Fact {
        let label: String
        let value: String
    }

    /// A task line of one intervention.
    struct TaskLine {
        let task: String
        let detail: String
        let days: String
        let rate: String
        let amount: String
    }

    /// A line of the yearly total.
    struct TotalLine {
        let label: String
        let quantity: String
        let unitPrice: String
        let amount: String
        /// `total` for the totals, `grand` for the total after tax, empty otherwise.
        let kind: String
    }

    let facts: [Fact]
    let intervalParagraphs: [String]
    /// The median ARI chart; empty without a measured curve.
    let figures: [Figure]
    let taskLines: [TaskLine]
    let interventionDays: String
    let interventionPrice: String
    let totalLines: [TotalLine]
    let assumptions: [String]
    let closing: String
}

import SegmentsLoading

extension SyntheticHistory {
    /// Review scores 1…5 of orders delivered on time, delivered late, and not delivered
    /// (Olist overall: mean 4.09; 57.8 % fives, 19.3 % fours, 11.5 % ones).
    static let onTimeScoreWeights: [Double] = [0, 0.062, 0.027, 0.081, 0.206, 0.625]
    static let lateScoreWeights: [Double] = [0, 0.47, 0.07, 0.10, 0.11, 0.25]
    static let undeliveredScoreWeights: [Double] = [0, 0.62, 0.07, 0.10, 0.06, 0.15]
    /// Chance that a review with a given score has a comment (unhappy buyers write more).
    static let messageShare: [Double] = [0, 0.75, 0.70, 0.55, 0.32, 0.33]
    /// Chance of a comment title with and without a message.
    static let titleShareWithMessage = 0.2
    static let titleShareWithoutMessage = 0.065
    /// Orders without a review, and with a second one.
    static let unreviewedShare = 0.0077
    static let secondReviewShare = 0.0056

    /// Draws the satisfaction surveys: sent the day after delivery (or after the estimated
    /// date when the parcel is late or lost), answered hours to days later; late or missing
    /// parcels get low scores; about 40 % carry a Portuguese comment and 12 % a title.
    /// Surveys not sent by the snapshot are left out.
    mutating func drawReviews(seed: UInt64) {
        var random = SyntheticRandom(seed: seed, stream: 6)
        let onTime = SyntheticWeights(Self.onTimeScoreWeights)
        let late = SyntheticWeights(Self.lateScoreWeights)
        let undelivered = SyntheticWeights(Self.undeliveredScoreWeights)
        reviews.reserveCapacity(orders.count)
        for (index, order) in orders.enumerated() {
            guard !random.chance(Self.unreviewedShare) else { continue }
            let estimatedDay = SyntheticCalendar.day(of: order.estimated)
            var mood: SyntheticReviewText.Mood
            var sentDay: Int
            if let delivered = order.delivered {
                let deliveredDay = SyntheticCalendar.day(of: delivered)
                let isLate = delivered > order.estimated
                let beforeArrival = isLate && random.chance(0.45)
                mood = isLate ? (beforeArrival ? .missing : .late) : .delivered
                sentDay = beforeArrival ? estimatedDay + 1 : deliveredDay + 1
            } else {
                mood = .missing
                sentDay = order.status == .shipped
                    ? estimatedDay + 1 : SyntheticCalendar.day(of: order.purchase) + random.integer(in: 2...25)
            }
            let weights = mood == .delivered ? onTime : mood == .late ? late : undelivered
            var score = random.pick(weights)
            for copy in 0..<(random.chance(Self.secondReviewShare) ? 2 : 1) {
                if copy == 1 {
                    sentDay += random.integer(in: 1...15)
                    score = min(5, max(1, score + random.integer(in: -1...1)))
                    if mood == .missing && order.delivered != nil { mood = .late }
                }
                let created = SyntheticCalendar.start(of: sentDay)
                guard created <= SyntheticCalendar.snapshot else { break }
                let answerDelay = min(40 * 86_400, 600 + Int(random.logNormal(median: 1.2, sigma: 1) * 86_400))
                let message = random.chance(Self.messageShare[score])
                    ? SyntheticReviewText.message(score: score, mood: mood, using: &random) : nil
                let titleShare = message == nil ? Self.titleShareWithoutMessage : Self.titleShareWithMessage
                let title = random.chance(titleShare) ? SyntheticReviewText.title(score: score, using: &random) : nil
                reviews.append(Review(
                    id: random.identifier(), order: index, score: score, title: title, message: message,
                    created: created, answered: created + answerDelay))
            }
        }
    }
}

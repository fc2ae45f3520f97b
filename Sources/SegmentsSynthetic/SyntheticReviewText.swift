import SegmentsLoading

/// Portuguese review comments and titles in the style of Olist's: short, informal, sometimes
/// with commas, quoted words and line breaks (so the CSV quoting is exercised).
enum SyntheticReviewText {
    /// What the buyer is reacting to.
    enum Mood: Sendable {
        case delivered, late, missing
    }

    /// A comment for a review score (1…5) and what happened to the parcel.
    static func message(score: Int, mood: Mood, using random: inout SyntheticRandom) -> String {
        let pool: [String]
        switch (score, mood) {
        case (1...2, .missing): pool = notReceived
        case (1...2, .late): pool = late + negative
        case (1...2, _): pool = negative
        case (3, _): pool = mood == .delivered ? neutral : late + neutral
        default: pool = positive
        }
        let parts = random.chance(0.55) ? 1 : random.chance(0.78) ? 2 : 3
        var text = pool[random.below(pool.count)]
        for _ in 1..<parts {
            text += separators[random.below(separators.count)] + pool[random.below(pool.count)]
        }
        return text + endings[random.below(endings.count)]
    }

    /// A short title for a review score.
    static func title(score: Int, using random: inout SyntheticRandom) -> String {
        let pool = score >= 4 ? positiveTitles : score == 3 ? neutralTitles : negativeTitles
        return pool[random.below(pool.count)]
    }

    private static let separators = [". ", ", ", " ", "\r\n", "\n", "!! ", "... ", ". ", ", "]
    private static let endings = ["", "", ".", "!", "!!!", " "]

    private static let positive = [
        "Produto excelente", "Recebi bem antes do prazo estipulado", "Chegou antes do prazo",
        "Muito bom o produto", "Ótimo produto, recomendo", "Entrega rápida e produto de qualidade",
        "Adorei comprar pela internet, seguro e prático",
        "produto conforme anunciado", "Tudo certo, chegou direitinho", "Gostei muito, superou minhas expectativas",
        "O produto é \"original\" e muito bem embalado", "Super recomendo a loja", "Vendedor confiável",
        "Perfeito, exatamente como na foto", "Amei", "muito bom", "Chegou tudo certinho, obrigada",
        "Bom custo benefício", "Comprarei novamente", "Funciona muito bem, a voltagem é 110v como pedi",
        "Entrega dentro do prazo", "Produto de ótima qualidade, bem acabado", "Minha filha adorou o presente",
        "Excelente atendimento", "Estou satisfeita com a compra",
    ]
    private static let neutral = [
        "O produto é bom mas a embalagem veio amassada", "Razoável", "Produto ok",
        "Esperava um pouco mais pelo preço", "A cor é diferente da foto, mas serve",
        "Chegou no prazo, porém veio sem manual", "É \"mais ou menos\" o que eu esperava",
        "Material simples", "Poderia ser melhor", "Tamanho menor do que eu imaginava",
    ]
    private static let negative = [
        "Produto com defeito", "Péssima qualidade", "Veio faltando peças",
        "O produto não é o mesmo do anúncio", "Não gostei, vou devolver", "Veio quebrado",
        "Comprei o \"kit\" completo e veio só uma unidade", "Não recomendo esta loja",
        "A loja não responde as mensagens", "Produto falsificado, não é original",
        "Recebi o produto errado", "Solicitei a troca e até agora nada",
    ]
    private static let late = [
        "Entrega muito atrasada", "Demorou demais para chegar", "O prazo de entrega não foi cumprido",
        "Chegou com quase um mês de atraso", "Atrasou, mas chegou",
    ]
    private static let notReceived = [
        "Ainda não recebi o produto", "Não recebi o produto e já passou do prazo",
        "Até agora não recebi", "Comprei dois produtos e só recebi um",
        "Não recebi, o rastreio diz \"entregue\" mas não chegou nada", "Quero meu dinheiro de volta",
        "Pedido cancelado sem explicação", "Produto não entregue",
    ]
    private static let positiveTitles = [
        "recomendo", "Ótimo", "Super recomendo", "Muito bom", "Excelente", "Bom", "Entrega rápida",
        "Perfeito", "Gostei", "10",
    ]
    private static let neutralTitles = ["Razoável", "ok", "Regular", "Mais ou menos", "Bom, mas..."]
    private static let negativeTitles = [
        "Não recebi", "Péssimo", "produto com defeito", "Atraso", "Decepcionado", "Não recomendo", "Ruim",
    ]
}

import SegmentsLoading

/// Typical item price and product weight of an Olist category (medians of the real data,
/// rounded), which shape synthetic prices and freight. Unknown categories get the overall
/// medians; prices are rescaled afterwards to Olist's mean item price anyway.
struct SyntheticCategoryProfile: Sendable {
    let medianPrice: Double
    let medianWeightGrams: Double

    /// The profile of a category by its Portuguese name; `nil` means uncategorised.
    static func of(_ name: String?) -> SyntheticCategoryProfile {
        guard let name, let (price, weight) = known[name] else { return overall }
        return SyntheticCategoryProfile(medianPrice: price, medianWeightGrams: weight)
    }

    static let overall = SyntheticCategoryProfile(medianPrice: 75, medianWeightGrams: 700)

    private static let known: [String: (Double, Double)] = [
        "cama_mesa_banho": (80, 1500), "beleza_saude": (80, 500), "esporte_lazer": (80, 800),
        "moveis_decoracao": (69, 2500), "informatica_acessorios": (70, 700),
        "utilidades_domesticas": (60, 1200), "relogios_presentes": (130, 400), "telefonia": (30, 200),
        "automotivo": (75, 900), "brinquedos": (70, 900), "cool_stuff": (120, 1500),
        "ferramentas_jardim": (60, 1700), "perfumaria": (80, 400), "bebes": (80, 1200),
        "eletronicos": (40, 300), "papelaria": (50, 700), "fashion_bolsas_e_acessorios": (45, 350),
        "pet_shop": (60, 1000), "consoles_games": (80, 450), "moveis_escritorio": (170, 11000),
        "construcao_ferramentas_construcao": (70, 1500), "eletrodomesticos": (70, 1800),
        "malas_acessorios": (150, 3000), "instrumentos_musicais": (120, 1500),
        "eletroportateis": (200, 3500), "casa_construcao": (70, 1500), "livros_interesse_geral": (40, 400),
        "fashion_calcados": (90, 600), "moveis_sala": (100, 5000), "climatizacao": (100, 3000),
        "pcs": (1000, 6000), "eletrodomesticos_2": (400, 10000), "audio": (100, 400),
        "agro_industria_e_comercio": (130, 2000), "market_place": (50, 800), "alimentos": (40, 600),
        "bebidas": (40, 1000), "moveis_cozinha_area_de_servico_jantar_e_jardim": (120, 5000),
    ]
}

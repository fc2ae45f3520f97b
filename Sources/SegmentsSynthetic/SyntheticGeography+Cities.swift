import SegmentsLoading

extension SyntheticGeography {
    /// Real cities per state, written as Olist writes them (lower case, no accents), with their
    /// zip-prefix range, a relative weight within the state and the coordinates of the centre.
    static let cities: [City] = [
        // São Paulo
        city("sao paulo", "SP", 1000...5999, 14, -23.55, -46.63),
        city("sao paulo", "SP", 8000...8499, 3, -23.54, -46.47),
        city("guarulhos", "SP", 7000...7399, 2.8, -23.46, -46.53),
        city("campinas", "SP", 13000...13139, 3.6, -22.91, -47.06),
        city("sao bernardo do campo", "SP", 9600...9899, 2.2, -23.69, -46.56),
        city("santo andre", "SP", 9000...9299, 1.9, -23.66, -46.53),
        city("osasco", "SP", 6000...6299, 1.8, -23.53, -46.79),
        city("santos", "SP", 11000...11099, 1.7, -23.96, -46.33),
        city("sorocaba", "SP", 18000...18109, 1.6, -23.50, -47.46),
        city("ribeirao preto", "SP", 14000...14114, 1.2, -21.18, -47.81),
        city("sao jose dos campos", "SP", 12200...12248, 1.6, -23.18, -45.89),
        city("jundiai", "SP", 13200...13219, 1.3, -23.19, -46.88),
        city("mogi das cruzes", "SP", 8700...8899, 0.9, -23.52, -46.19),
        city("barueri", "SP", 6400...6499, 0.8, -23.51, -46.88),
        city("sao jose do rio preto", "SP", 15000...15099, 0.9, -20.82, -49.38),
        city("piracicaba", "SP", 13400...13429, 0.8, -22.73, -47.65),
        city("bauru", "SP", 17000...17109, 0.7, -22.31, -49.06),
        city("praia grande", "SP", 11700...11729, 0.6, -24.01, -46.41),
        city("taubate", "SP", 12000...12119, 0.6, -23.03, -45.56),
        city("franca", "SP", 14400...14414, 0.5, -20.54, -47.40),
        city("diadema", "SP", 9900...9999, 0.6, -23.69, -46.62),
        city("carapicuiba", "SP", 6300...6399, 0.5, -23.52, -46.84),
        city("marilia", "SP", 17500...17529, 0.4, -22.21, -49.95),
        city("presidente prudente", "SP", 19000...19069, 0.4, -22.12, -51.39),
        city("americana", "SP", 13465...13479, 0.4, -22.74, -47.33),
        city("limeira", "SP", 13480...13489, 0.4, -22.56, -47.40),
        city("indaiatuba", "SP", 13330...13349, 0.5, -23.09, -47.22),
        city("araraquara", "SP", 14800...14811, 0.4, -21.79, -48.18),
        // Rio de Janeiro
        city("rio de janeiro", "RJ", 20000...23799, 53, -22.91, -43.17),
        city("niteroi", "RJ", 24000...24399, 6.5, -22.88, -43.10),
        city("nova iguacu", "RJ", 26000...26099, 3.5, -22.76, -43.45),
        city("sao goncalo", "RJ", 24400...24799, 5.5, -22.83, -43.06),
        city("duque de caxias", "RJ", 25000...25299, 3.5, -22.79, -43.31),
        city("petropolis", "RJ", 25600...25779, 2.5, -22.51, -43.18),
        city("campos dos goytacazes", "RJ", 28000...28099, 2.5, -21.75, -41.32),
        city("volta redonda", "RJ", 27200...27299, 2, -22.52, -44.10),
        city("macae", "RJ", 27900...27999, 1.5, -22.37, -41.79),
        city("nova friburgo", "RJ", 28600...28639, 1.2, -22.28, -42.53),
        city("teresopolis", "RJ", 25950...25999, 1.2, -22.41, -42.97),
        // Minas Gerais
        city("belo horizonte", "MG", 30000...31999, 14, -19.92, -43.94),
        city("contagem", "MG", 32000...32399, 4.5, -19.93, -44.05),
        city("juiz de fora", "MG", 36000...36099, 5.5, -21.76, -43.35),
        city("uberlandia", "MG", 38400...38414, 5, -18.92, -48.28),
        city("betim", "MG", 32600...32699, 3, -19.97, -44.20),
        city("montes claros", "MG", 39400...39409, 2, -16.73, -43.86),
        city("uberaba", "MG", 38000...38099, 2, -19.75, -47.93),
        city("governador valadares", "MG", 35000...35099, 1.5, -18.85, -41.95),
        city("ipatinga", "MG", 35160...35164, 1.5, -19.47, -42.54),
        city("divinopolis", "MG", 35500...35504, 1.5, -20.14, -44.88),
        city("pocos de caldas", "MG", 37700...37719, 1.5, -21.79, -46.56),
        city("varginha", "MG", 37000...37099, 1.2, -21.55, -45.43),
        city("sete lagoas", "MG", 35700...35704, 1.2, -19.47, -44.25),
        city("lavras", "MG", 37200...37209, 0.8, -21.25, -45.00),
        // Rio Grande do Sul
        city("porto alegre", "RS", 90000...91999, 27, -30.03, -51.23),
        city("caxias do sul", "RS", 95000...95124, 6, -29.17, -51.18),
        city("canoas", "RS", 92000...92479, 5, -29.92, -51.18),
        city("pelotas", "RS", 96000...96099, 4, -31.77, -52.34),
        city("santa maria", "RS", 97000...97119, 4, -29.69, -53.81),
        city("novo hamburgo", "RS", 93300...93599, 3.5, -29.68, -51.13),
        city("gravatai", "RS", 94000...94299, 2.5, -29.94, -50.99),
        city("sao leopoldo", "RS", 93000...93179, 2.5, -29.76, -51.15),
        city("passo fundo", "RS", 99000...99099, 2.5, -28.26, -52.41),
        city("viamao", "RS", 94400...94799, 1.5, -30.08, -51.02),
        // Paraná
        city("curitiba", "PR", 80000...82999, 30, -25.43, -49.27),
        city("londrina", "PR", 86000...86099, 8, -23.31, -51.16),
        city("maringa", "PR", 87000...87099, 7, -23.42, -51.94),
        city("ponta grossa", "PR", 84000...84099, 4, -25.09, -50.16),
        city("cascavel", "PR", 85800...85829, 3, -24.96, -53.46),
        city("sao jose dos pinhais", "PR", 83000...83199, 3.5, -25.53, -49.21),
        city("foz do iguacu", "PR", 85850...85869, 2.5, -25.55, -54.59),
        city("colombo", "PR", 83400...83419, 2, -25.29, -49.22),
        city("guarapuava", "PR", 85000...85109, 2, -25.39, -51.46),
        // Santa Catarina
        city("florianopolis", "SC", 88000...88099, 15, -27.60, -48.55),
        city("joinville", "SC", 89200...89239, 10, -26.30, -48.85),
        city("blumenau", "SC", 89000...89099, 9, -26.92, -49.07),
        city("sao jose", "SC", 88100...88124, 6, -27.61, -48.63),
        city("itajai", "SC", 88300...88319, 5, -26.91, -48.66),
        city("criciuma", "SC", 88800...88819, 4, -28.68, -49.37),
        city("chapeco", "SC", 89800...89816, 4, -27.10, -52.61),
        city("balneario camboriu", "SC", 88330...88339, 4, -26.99, -48.63),
        city("palhoca", "SC", 88130...88139, 3, -27.64, -48.67),
        city("jaragua do sul", "SC", 89250...89269, 3, -26.49, -49.07),
        // Bahia
        city("salvador", "BA", 40000...42499, 36, -12.97, -38.50),
        city("feira de santana", "BA", 44000...44099, 7, -12.27, -38.97),
        city("vitoria da conquista", "BA", 45000...45099, 5, -14.86, -40.84),
        city("lauro de freitas", "BA", 42700...42749, 5, -12.89, -38.33),
        city("camacari", "BA", 42800...42849, 3, -12.70, -38.32),
        city("itabuna", "BA", 45600...45614, 3, -14.79, -39.28),
        city("ilheus", "BA", 45650...45664, 2.5, -14.79, -39.05),
        city("juazeiro", "BA", 48900...48909, 2, -9.41, -40.50),
        city("barreiras", "BA", 47800...47809, 1.5, -12.15, -45.00),
        // Distrito Federal
        city("brasilia", "DF", 70000...72799, 100, -15.79, -47.88),
        city("brasilia", "DF", 73000...73699, 20, -15.65, -47.79),
        // Espírito Santo
        city("vitoria", "ES", 29000...29099, 20, -20.32, -40.34),
        city("vila velha", "ES", 29100...29129, 20, -20.33, -40.29),
        city("serra", "ES", 29160...29184, 15, -20.13, -40.31),
        city("cariacica", "ES", 29140...29159, 8, -20.26, -40.42),
        city("cachoeiro de itapemirim", "ES", 29300...29314, 6, -20.85, -41.11),
        city("linhares", "ES", 29900...29914, 4, -19.39, -40.07),
        city("guarapari", "ES", 29200...29229, 4, -20.67, -40.50),
        city("colatina", "ES", 29700...29709, 3, -19.54, -40.63),
        // Goiás
        city("goiania", "GO", 74000...74899, 35, -16.68, -49.25),
        city("aparecida de goiania", "GO", 74900...74999, 8, -16.82, -49.24),
        city("anapolis", "GO", 75000...75149, 7, -16.33, -48.95),
        city("rio verde", "GO", 75900...75909, 4, -17.80, -50.93),
        city("luziania", "GO", 72800...72859, 2, -16.25, -47.95),
        city("valparaiso de goias", "GO", 72870...72879, 2, -16.07, -47.98),
        city("catalao", "GO", 75700...75709, 2, -18.17, -47.94),
        city("jatai", "GO", 75800...75809, 1.5, -17.88, -51.71),
        // Pernambuco
        city("recife", "PE", 50000...52999, 40, -8.05, -34.88),
        city("jaboatao dos guararapes", "PE", 54000...54099, 10, -8.11, -35.01),
        city("olinda", "PE", 53000...53199, 8, -8.01, -34.86),
        city("caruaru", "PE", 55000...55099, 6, -8.28, -35.98),
        city("petrolina", "PE", 56300...56339, 6, -9.39, -40.50),
        city("paulista", "PE", 53400...53439, 5, -7.94, -34.87),
        city("cabo de santo agostinho", "PE", 54500...54599, 3, -8.29, -35.03),
        // Ceará
        city("fortaleza", "CE", 60000...61599, 55, -3.73, -38.52),
        city("caucaia", "CE", 61600...61699, 6, -3.74, -38.66),
        city("juazeiro do norte", "CE", 63000...63099, 6, -7.21, -39.31),
        city("maracanau", "CE", 61900...61939, 4, -3.88, -38.63),
        city("sobral", "CE", 62000...62099, 4, -3.69, -40.35),
        city("crato", "CE", 63100...63139, 2, -7.23, -39.41),
        // Pará
        city("belem", "PA", 66000...66999, 45, -1.46, -48.50),
        city("ananindeua", "PA", 67000...67199, 12, -1.37, -48.37),
        city("santarem", "PA", 68000...68129, 6, -2.44, -54.71),
        city("maraba", "PA", 68500...68514, 5, -5.37, -49.12),
        city("castanhal", "PA", 68740...68749, 4, -1.30, -47.93),
        city("parauapebas", "PA", 68515...68517, 3, -6.07, -49.90),
        // Mato Grosso
        city("cuiaba", "MT", 78000...78109, 40, -15.60, -56.10),
        city("varzea grande", "MT", 78110...78159, 12, -15.65, -56.13),
        city("rondonopolis", "MT", 78700...78749, 8, -16.47, -54.64),
        city("sinop", "MT", 78550...78559, 6, -11.86, -55.51),
        city("tangara da serra", "MT", 78300...78309, 3, -14.62, -57.49),
        // Maranhão
        city("sao luis", "MA", 65000...65109, 50, -2.53, -44.30),
        city("imperatriz", "MA", 65900...65919, 12, -5.53, -47.48),
        city("sao jose de ribamar", "MA", 65110...65114, 5, -2.56, -44.05),
        city("timon", "MA", 65630...65639, 4, -5.09, -42.84),
        city("caxias", "MA", 65600...65609, 4, -4.86, -43.36),
        // Mato Grosso do Sul
        city("campo grande", "MS", 79000...79124, 55, -20.44, -54.65),
        city("dourados", "MS", 79800...79849, 12, -22.22, -54.81),
        city("tres lagoas", "MS", 79600...79649, 6, -20.79, -51.70),
        city("corumba", "MS", 79300...79339, 4, -19.01, -57.65),
        // Paraíba
        city("joao pessoa", "PB", 58000...58099, 50, -7.12, -34.86),
        city("campina grande", "PB", 58400...58439, 20, -7.23, -35.88),
        city("santa rita", "PB", 58300...58309, 4, -7.11, -34.98),
        city("patos", "PB", 58700...58709, 4, -7.02, -37.28),
        // Piauí
        city("teresina", "PI", 64000...64099, 60, -5.09, -42.80),
        city("parnaiba", "PI", 64200...64219, 10, -2.90, -41.78),
        city("picos", "PI", 64600...64609, 5, -7.08, -41.47),
        // Rio Grande do Norte
        city("natal", "RN", 59000...59139, 55, -5.79, -35.21),
        city("mossoro", "RN", 59600...59649, 12, -5.19, -37.34),
        city("parnamirim", "RN", 59140...59161, 12, -5.92, -35.26),
        // Alagoas
        city("maceio", "AL", 57000...57099, 65, -9.67, -35.74),
        city("arapiraca", "AL", 57300...57319, 12, -9.75, -36.66),
        // Sergipe
        city("aracaju", "SE", 49000...49099, 65, -10.91, -37.07),
        city("nossa senhora do socorro", "SE", 49160...49169, 10, -10.86, -37.13),
        city("lagarto", "SE", 49400...49409, 5, -10.92, -37.65),
        // Tocantins
        city("palmas", "TO", 77000...77270, 45, -10.18, -48.33),
        city("araguaina", "TO", 77800...77829, 20, -7.19, -48.21),
        city("gurupi", "TO", 77400...77429, 8, -11.73, -49.07),
        // Rondônia
        city("porto velho", "RO", 76800...76834, 45, -8.76, -63.90),
        city("ji-parana", "RO", 76900...76919, 12, -10.88, -61.95),
        city("ariquemes", "RO", 76870...76879, 8, -9.91, -63.04),
        city("vilhena", "RO", 76980...76987, 6, -12.74, -60.15),
        // Amazonas
        city("manaus", "AM", 69000...69099, 85, -3.12, -60.02),
        city("parintins", "AM", 69150...69159, 3, -2.63, -56.74),
        // Acre
        city("rio branco", "AC", 69900...69923, 80, -9.97, -67.81),
        city("cruzeiro do sul", "AC", 69980...69989, 8, -7.63, -72.67),
        // Amapá
        city("macapa", "AP", 68900...68914, 80, 0.03, -51.07),
        city("santana", "AP", 68925...68929, 12, -0.06, -51.18),
        // Roraima
        city("boa vista", "RR", 69300...69339, 95, 2.82, -60.67),
    ]

    private static func city(
        _ name: String, _ state: String, _ zipPrefixes: ClosedRange<Int>, _ weight: Double,
        _ latitude: Double, _ longitude: Double
    ) -> City {
        guard let index = stateIndex(of: state) else { preconditionFailure("unknown state \(state)") }
        return City(name: name, state: index, zipPrefixes: zipPrefixes, weight: weight, latitude: latitude, longitude: longitude)
    }
}

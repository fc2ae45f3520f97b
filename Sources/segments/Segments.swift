import ArgumentParser

@main
struct Segments: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segments",
        abstract: "Turns an e-commerce sales history into a static report website."
    )

    func run() async throws {}
}

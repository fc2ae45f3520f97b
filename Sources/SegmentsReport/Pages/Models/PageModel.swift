/// What a page template is rendered with: the layout's parts (language, wording, title,
/// navigation, footer) and, under `page`, the page's own model. Page templates open
/// `{{#page}}` inside their `{{$content}}` block; names not found in the page's model are
/// looked up here (`{{t.key}}`).
///
/// Every model is a struct of stored properties only: swift-mustache reads them through
/// `Mirror`, which does not see computed properties. `TemplateModelTests` checks that every
/// name a template uses is a property of its model.
struct PageModel<Page> {
    /// A link of the navigation bar.
    struct NavigationLink {
        let href: String
        let label: String
        let current: Bool
    }

    /// The footer: tool, generation time, seed and data.
    struct Footer {
        let toolVersion: String
        let generatedAt: String
        let seed: String
        let origin: String
        /// Wall time of the run (`12.3 s`); `nil` when the clock is pinned.
        let runTime: String?
    }

    let lang: String
    /// The report's name in the masthead and the window title: the configured title or the product.
    let brand: String
    let title: String
    /// The language catalogue, read by the templates as `{{t.key}}`.
    let t: [String: String]
    let nav: [NavigationLink]
    let provenance: Footer
    let lead: String?
    let page: Page
}

/// A key figure: its formatted value and what it counts.
struct Card {
    let value: String
    let label: String
}

/// One section's generated paragraphs and figures (`partials/section-body`).
struct SectionBody {
    let paragraphs: [String]
    let figures: [Figure]
    /// Two figures side by side on wide screens.
    let pair: Bool
}

/// A chart with its anchor and caption (`partials/figure`); `svg` is inserted unescaped.
struct Figure {
    let id: String
    let svg: String
    let caption: String
}

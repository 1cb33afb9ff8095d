// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Yakugo",
    products: [
        .library(name: "Yakugo", targets: ["YakugoCore", "YakugoText", "YakugoAlign", "YakugoTerms", "YakugoQA", "YakugoFormats"]),
        .executable(name: "yakugo", targets: ["yakugo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Value types shared by every stage; no I/O and no C imports.
        .target(name: "YakugoCore"),

        // System ICU (Debian libicu-dev); only YakugoText imports it.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // System libxml2 (Debian libxml2-dev); only YakugoFormats imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        .target(name: "YakugoText", dependencies: ["YakugoCore", "CICU"]),
        .target(name: "YakugoAlign", dependencies: ["YakugoCore", "YakugoText"]),
        // Term candidates, termhood and bilingual term pairing.
        .target(name: "YakugoTerms", dependencies: ["YakugoCore", "YakugoText"]),
        // Translation checks (one file per check), their registry, runner and reporters.
        .target(name: "YakugoQA", dependencies: ["YakugoCore", "YakugoText"]),
        .target(
            name: "YakugoFormats",
            dependencies: ["YakugoCore", "YakugoText", "CLibXML2", .product(name: "CSV", package: "CSV.swift")]
        ),

        .executableTarget(
            name: "yakugo",
            dependencies: [
                "YakugoCore", "YakugoText", "YakugoAlign", "YakugoTerms", "YakugoQA", "YakugoFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // Helpers shared by tests and evaluations (not part of the library product).
        .target(name: "YakugoTestSupport"),

        // Accuracy evaluations behind `make eval` (not part of the library product).
        .executableTarget(
            name: "YakugoEval",
            dependencies: [
                "YakugoCore", "YakugoText", "YakugoAlign", "YakugoTerms", "YakugoQA", "YakugoFormats", "YakugoTestSupport",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            path: "Benchmarks/YakugoEval"
        ),

        .testTarget(name: "YakugoCoreTests", dependencies: ["YakugoCore"]),
        .testTarget(name: "YakugoTextTests", dependencies: ["YakugoCore", "YakugoText", "YakugoTestSupport"]),
        .testTarget(name: "YakugoAlignTests", dependencies: ["YakugoCore", "YakugoText", "YakugoAlign"]),
        .testTarget(name: "YakugoTermsTests", dependencies: ["YakugoCore", "YakugoText", "YakugoTerms"]),
        .testTarget(name: "YakugoQATests", dependencies: ["YakugoCore", "YakugoText", "YakugoQA", "YakugoTestSupport"]),
        .testTarget(name: "YakugoFormatsTests", dependencies: ["YakugoCore", "YakugoText", "YakugoFormats", "YakugoTestSupport"]),
        .testTarget(name: "yakugoTests", dependencies: ["yakugo"]),
        // Checks that every gold file in Samples/ agrees with its texts.
        .testTarget(name: "SamplesTests", dependencies: ["YakugoCore", "YakugoText", "YakugoFormats"]),
    ]
)

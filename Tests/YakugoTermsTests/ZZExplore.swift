import Testing
import YakugoText
@testable import YakugoTerms

@Suite struct ZZExplore {
    @Test func explore() {
        let sentences = ["青森県知事が会見した。", "日韓首脳会談が開かれた。", "政府は戦略的対話を始めた。", "米海軍が到着した。",
                         "核拡散防止条約（NPT）を守る。", "北朝鮮が火星18を発射した。", "2023年5月3日に3発のミサイルを発射した。",
                         "12式地対艦誘導弾を配備する。", "米国務省が発表した。", "記者団に語った。", "特使らが国際会議に出席した。",
                         "海軍が天槍を試験した。", "天槍は遠くへ飛んだ。", "北朝鮮が弾道ミサイルを発射した。", "山田首相が話した。",
                         "金正哲（キム・ジョンチョル）氏が訪れた。", "防衛省が弾道ミサイルを確認した。", "日米首脳会議が開かれた。", "約10隻の艦船"]
        for s in sentences {
            let units = WordTokenizer(language: .japanese).units(in: s)
            print("UNITS", s, units.map { "\($0.text)/\($0.script)" }.joined(separator: " | "))
            let r = JapaneseCandidateExtractor().extract(s)
            print("CANDS", r.candidates.map(\.surface), r.aliases)
        }
        for k in ["シルバーアロー", "モリソン", "ミニストリー", "ハリス", "ベーカー", "シナ", "ブルーハーバー"] {
            let l = Transliteration.katakanaToLatin(k)
            print("TRANS", k, l ?? "nil", Transliteration.skeleton(l ?? ""))
        }
        for w in ["silverarrow", "morrison", "ministry", "china", "tokyo", "tomahawk", "missile", "ministri"] { print("SKEL", w, Transliteration.skeleton(w)) }
        for e in ["The navy tested a guided missile destroyer.", "Australia's Northern Territory hosted the exercise.", "Japan will buy 105 stealth fighters.",
                  "Both sides pursued a strategic partnership and a democratic republic.", "Tokyo quickly deployed destroyers.", "The Self-Defense Forces tracked the missiles and their capabilities.",
                  "The Japan Coast Guard (JCG) responded.", "Envoys attended the Blue Harbor Conference.", "Prime Minister Taro Yamada spoke.", "The navy tested the Sky Lance.", "The Sky Lance flew far."] {
            print("EN", e, EnglishCandidateExtractor().extract(e).candidates.map { "\($0.surface)\($0.isName ? "*" : "")\($0.isNameFragment ? "~" : "")" }, EnglishCandidateExtractor().extract(e).aliases)
        }
    }
}

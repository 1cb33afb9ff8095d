import Testing
import YakugoQA

@Suite struct NumberMismatchCheckTests {
    @Test(arguments: [
        ("1,000 troops took part.", "千人の部隊が参加した。"),
        ("1,000 troops took part.", "1000人の部隊が参加した。"),
        ("1,000 troops took part.", "１，０００人の部隊が参加した。"),
        ("1,000 troops took part.", "1,000人の部隊が参加した。"),
        ("It costs 1.2 million dollars.", "費用は120万ドルだ。"),
        ("Thirteen members voted for it.", "13カ国が賛成した。"),
        ("The budget is ¥7.95 trillion.", "予算は7兆9496億円だ。"),
        ("It flew 200 nautical miles.", "200カイリ（約370キロ）飛行した。"),
        ("The yen fell to 150 per dollar.", "1ドル＝150円まで下落した。"),
        ("The two leaders agreed.", "両首脳は合意した。"),
        ("The budget is ¥7.95 trillion, or about $56 billion.", "予算は7兆9496億円だ。"),
        ("about 3 to 5 missiles", "3～5発程度のミサイル"),
    ])
    func correctRenderingsPass(source: String, target: String) {
        #expect(run("number-mismatch", source, target).isEmpty)
    }

    @Test func mustShowThousandTroopsReportsNothingInAnyCheck() {
        let report = Validator().validate([QASegment(id: "1", source: "1,000 troops", target: "千人の部隊")])
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func twelveMillionIsNotOneHundredTwentyMan() {
        let found = run("number-mismatch", "The budget reached 12 million dollars.", "予算は120万ドルに達した。")
        #expect(found.count == 1)
        #expect(found.first?.targetSpan?.start == markers("予算は1️⃣120万ドルに達した。").first)
        #expect(found.first?.suggestion == "1200万ドル")
    }

    @Test func droppedNumberPointsAtTheSource() {
        let found = run("number-mismatch", "The drill involved 42 fighters.", "訓練には戦闘機が参加した。")
        #expect(found.count == 1)
        #expect(found.first?.targetSpan == nil)
        #expect(found.first?.sourceSpan?.start == 19)
    }

    @Test func spelledOutSmallNumberWithWrongValueIsReported() {
        let found = run("number-mismatch", "North Korea fired three missiles.", "北朝鮮はミサイル4発を発射した。")
        #expect(found.count == 1)
    }

    @Test func roundingNeedsTwoSignificantDigits() {
        #expect(!run("number-mismatch", "1,000 troops", "1004人の部隊").isEmpty)
    }

    @Test(arguments: [
        ("The shell is 10cm wide.", "砲弾は幅20cmだ。"),
        ("The crack is 10 centimeters long.", "亀裂の長さは20センチだ。"),
        ("It fired 155mm shells.", "120ミリ砲弾を発射した。"),
        ("The ship sailed at 30 knots.", "艦は25ノットで航行した。"),
    ])
    func smallLengthsAndSpeedsWithAnotherNumberAreReported(source: String, target: String) {
        #expect(run("number-mismatch", source, target).count == 1, "\(source) → \(target)")
    }

    @Test(arguments: [
        ("It fired 155-mm shells.", "155ミリ砲弾を発射した。"),
        ("The jet climbed to 30,000 feet.", "戦闘機は高度約9000メートルまで上昇した。"),
        ("The tower is 634m tall.", "タワーの高さは634メートルだ。"),
        ("It carries 500 liters of fuel.", "燃料500リットルを積む。"),
    ])
    func smallLengthsRenderedOrConvertedPass(source: String, target: String) {
        #expect(run("number-mismatch", source, target).isEmpty, "\(source) → \(target)")
        #expect(run("unit-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test func aDayOfTheMonthIsNoCountOfDays() {
        // 30日午前 and 14日（月） name days; 30日以内, 3日に1回 and 3日の協議 count them.
        #expect(run("number-mismatch", "The project will take 30 days.", "計画は30日午前に始まる。").count == 1)
        #expect(run("number-mismatch", "The ceasefire lasted 14 days.", "停戦は14日（月）に終わった。").count == 1)
        #expect(run("number-mismatch", "Returns must be made within 30 days.", "返品は30日以内に行う必要がある。").isEmpty)
        #expect(run("number-mismatch", "It will take 10 to 14 days.", "10～14日かかる。").isEmpty)
        #expect(run("number-mismatch", "Patients are given medication once every 3 days.", "患者には3日に1回投薬される。").isEmpty)
        #expect(run("number-mismatch", "The 3-day talks ended.", "3日の協議が終わった。").isEmpty)
    }

    @Test func aRangeOfYearsCountedIsNoRangeOfCalendarYears() {
        #expect(run("number-mismatch", "The fossils are 1,000 to 2,000 years old.", "化石は1000～2000年前のものだ。").isEmpty)
        #expect(run("number-mismatch", "It will take 2,000 to 3,000 years to decay.", "崩壊には2000～3000年かかる。").isEmpty)
        #expect(run("number-mismatch", "It will take 2,000 to 3,000 years to decay.", "崩壊には2000～4000年かかる。").count == 1)
        // The count keeps its unit: months are not years.
        #expect(run("number-mismatch", "Repairs are expected to take 5 to 10 months.", "修理には5～10年かかる見通しだ。").count
                + run("unit-mismatch", "Repairs are expected to take 5 to 10 months.", "修理には5～10年かかる見通しだ。").count == 1)
        // Calendar years keep their reading.
        #expect(run("number-mismatch", "The war lasted from 1937 to 1945.", "戦争は1937～1945年に続いた。").isEmpty)
    }

    @Test func decadesAreCountedInYears() {
        #expect(run("number-mismatch", "The company has over 6 decades of experience.", "同社には60年以上の経験がある。").isEmpty)
        #expect(run("number-mismatch", "The company has over 6 decades of experience.", "同社には50年以上の経験がある。").count == 1)
    }

    @Test func poundsSterlingAreACurrency() {
        // "75m" after £ is 75 million, not 75 meters.
        #expect(run("number-mismatch", "Britain pledged another £75m in aid.", "英国はさらに7500万ポンドの支援を約束した。").isEmpty)
        #expect(run("number-mismatch", "It costs 40 pounds.", "40ポンドかかる。").isEmpty)
        let found = run("number-mismatch", "Britain pledged another £75m in aid.", "英国はさらに7600万ポンドの支援を約束した。")
        #expect(found.count == 1 && found.first?.suggestion == "7500万ポンド")
    }

    @Test func sameValueOtherUnitIsLeftToUnitMismatch() {
        #expect(run("number-mismatch", "It flew for 25 minutes.", "25時間飛行した。").isEmpty)
    }
}

/// Kanji numerals before counting nouns and ％, numbers matched one to one, and a pronoun "one".
@Suite struct NumberMismatchCountingTests {
    @Test(arguments: [
        ("The 15-nation council met.", "十五理事国が会合を開いた。"),
        ("It must meet within 10 working days.", "十営業日以内に会合を開く必要がある。"),
        ("Spending will reach 2 percent of GDP.", "支出はGDP比二％に達する。"),
        ("The missile flew 4,601 kilometers.", "ミサイルは四千六百一キロ飛行した。"),
    ])
    func kanjiNumeralsGluedToNounsOrPercentMeetTheirSource(source: String, target: String) {
        #expect(run("number-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test func hedgedFigureIsNotTakenAsRounded() {
        let found = run("number-mismatch", "It flew about 4,600 kilometers.", "約4601キロ飛行した。")
        #expect(found.count == 1)
        #expect(run("number-mismatch", "It flew about 4,600 kilometers.", "約4600キロ飛行した。").isEmpty)
        #expect(run("number-mismatch", "The budget is ¥7.95 trillion.", "予算は7兆9496億円だ。").isEmpty)
    }

    @Test func addedRepetitionDoesNotHideAChangedNumber() {
        let found = run("number-mismatch", "The three leaders issued a statement.", "1️⃣5首脳が声明を出し、3か国の連携を確認した。")
        #expect(found.count == 1)
        #expect(found.first?.targetSpan?.start == markers("1️⃣5首脳が声明を出し、3か国の連携を確認した。").first)
        #expect(run("number-mismatch", "The three leaders issued a statement.", "五首脳が声明を出し、3か国の連携を確認した。").count == 1)
    }

    @Test func addedRepetitionBesideTheRightNumberPasses() {
        #expect(run("number-mismatch", "The three leaders issued a statement.", "3首脳が声明を出し、3か国の連携を確認した。").isEmpty)
        #expect(run("number-mismatch", "The ministers issued a statement.", "4閣僚が声明を出し、3か国の連携を確認した。").isEmpty)
    }

    @Test func repeatedSourceValuesAreCountedOneToOne() {
        let found = run("number-mismatch", "The 3 leaders met, and the 3 countries agreed.", "5首脳が会談し、3か国が合意した。")
        #expect(found.count == 1)
    }

    @Test func pronounOneAgainstAnotherStatedCountIsReported() {
        let target = "新型とみられる1️⃣3発を含む弾道ミサイル4発を発射した。"
        let found = run("number-mismatch", "It fired four ballistic missiles, including one believed to be a new type.", target)
        #expect(found.count == 1)
        #expect(found.first?.targetSpan?.start == markers(target).first)
        #expect(run("number-mismatch", "It fired four ballistic missiles, including one believed to be a new type.",
                    "新型とみられる三発を含む弾道ミサイル4発を発射した。").count == 1)
    }

    @Test func pronounOneAgainstOneOrNothingPasses() {
        let source = "It fired four ballistic missiles, including one believed to be a new type."
        #expect(run("number-mismatch", source, "新型とみられる1発を含む弾道ミサイル4発を発射した。").isEmpty)
        #expect(run("number-mismatch", source, "新型を含む弾道ミサイル4発を発射した。").isEmpty)
    }

    @Test func oneAsAPronounOrIdiomIsNoCount() {
        #expect(run("number-mismatch", "No one was hurt when the 2 ships collided.", "2隻が衝突したが、けが人はいなかった。").isEmpty)
        #expect(run("number-mismatch", "One day, the two ships met again.", "ある日、2隻は再び出会った。").isEmpty)
    }

    @Test func oneBeforeANounIsADeterminerNotACount() {
        #expect(run("number-mismatch", "The three navies trained together in one exercise.", "3カ国の海軍が一体的に訓練した。").isEmpty)
        #expect(run("number-mismatch", "The drills were merged into one exercise with 2 ships.", "訓練は統合され、3カ国の艦艇2隻が参加した。").isEmpty)
    }
}

/// Japanese counts days with 日 (30日以内), which the recognizer reads as a day of the month.
@Suite struct NumberMismatchDayCountTests {
    @Test(arguments: [
        ("Returns must be made within 30 days.", "返品は30日以内に行う必要がある。"),
        ("The drill lasts 3 days.", "訓練は3日続く。"),
        ("It will take 10 to 14 days.", "10～14日かかる。"),
        ("It takes 3-5 days.", "3～5日間かかる。"),
    ])
    func dayCountWrittenWithNichiPasses(source: String, target: String) {
        #expect(run("number-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test(arguments: [
        ("Returns must be made within 30 days.", "返品は20日以内に行う必要がある。"),
        ("The drill lasts 3 days.", "訓練は4日続く。"),
        ("It will take 10 to 14 days.", "10～15日かかる。"),
        ("It will take 10 to 14 days.", "14日かかる。"),
        ("It takes 3-5 days.", "3～6日間かかる。"),
    ])
    func anotherDayCountIsReported(source: String, target: String) {
        #expect(run("number-mismatch", source, target).count == 1, "\(source) → \(target)")
    }
}

/// Kanji minutes, ages and counters glued to a noun (徒歩十三分, 三十歳, 兵士十五名).
@Suite struct NumberMismatchKanjiMinutesAgesTests {
    @Test(arguments: [
        ("It takes about 30 minutes.", "約三十分かかる。"),
        ("It is a 13-minute walk.", "徒歩十三分。"),
        ("Only 20 minutes remain.", "あと二十分だ。"),
        ("A 30-year-old man was arrested.", "三十歳の男が逮捕された。"),
        ("He is 25 years old.", "彼は二十五歳だ。"),
        ("A man aged 30 was arrested.", "30歳の男が逮捕された。"),
        ("Fifteen soldiers died.", "兵士十五名が死亡した。"),
        ("The bridge is 30 years old.", "橋は築30年だ。"),
        ("The supply is enough for 3 days.", "3日分の供給は十分だ。"),
    ])
    func correctRenderingsPass(source: String, target: String) {
        #expect(run("number-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test(arguments: [
        ("It takes about 30 minutes.", "約二十分かかる。"),
        ("It is a 13-minute walk.", "徒歩十四分。"),
        ("A 30-year-old man was arrested.", "三十一歳の男が逮捕された。"),
        ("He is 25 years old.", "彼は二十四歳だ。"),
        ("Fifteen soldiers died.", "兵士十六名が死亡した。"),
    ])
    func anotherValueIsReported(source: String, target: String) {
        #expect(run("number-mismatch", source, target).count == 1, "\(source) → \(target)")
    }

    @Test func wrongAgeIsSuggestedAsAnAge() {
        let found = run("number-mismatch", "A 30-year-old man was arrested.", "三十一歳の男が逮捕された。")
        #expect(found.first?.suggestion == "30歳")
    }
}

/// A range written as one mention on one side and as its two ends on the other.
@Suite struct NumberMismatchRangeEndsTests {
    @Test(arguments: [
        ("The war lasted 1937-1945.", "戦争は1937年から1945年まで続いた。"),
        ("The war lasted 1937-1945.", "戦争は1937年～1945年続いた。"),
        ("It was built between 1937 and 1945.", "1937～1945年に建てられた。"),
        ("It was built between 1880 and 1910.", "1880年から1910年にかけて建てられた。"),
        ("The 2018-2019 season ended.", "2018年から2019年までのシーズンが終わった。"),
        ("People aged 16-29 were asked.", "16歳から29歳の人が対象だ。"),
        ("People 16-29 were asked.", "16歳から29歳の人が対象だ。"),
        ("The plan runs from 2024 to 2026.", "計画は2024～26年に実施される。"),
        ("The war lasted from 1937 to 1945.", "戦争は1937年～1945年続いた。"),
        ("It rose from 3 to 5.", "3～5に上昇した。"),
    ])
    func rangeMeetsItsTwoEnds(source: String, target: String) {
        #expect(run("number-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test(arguments: [
        ("The war lasted 1937-1945.", "戦争は1937年から1946年まで続いた。"),
        ("It was built between 1937 and 1945.", "1937～1946年に建てられた。"),
        ("People aged 16-29 were asked.", "16歳から28歳の人が対象だ。"),
        ("The 2018-2019 season ended.", "2018年のシーズンが終わった。"),
    ])
    func aWrongEndIsReported(source: String, target: String) {
        #expect(run("number-mismatch", source, target).count == 1, "\(source) → \(target)")
    }
}

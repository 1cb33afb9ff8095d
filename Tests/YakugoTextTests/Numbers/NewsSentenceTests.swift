import Testing
import YakugoCore
@testable import YakugoText

/// Whole news sentences: every mention, in order, with its text and value
/// (compared through `NumericValue.description`).
@Suite("News sentences")
struct NewsSentenceTests {
    static let sentences: [(String, [(String, String)])] = [
        ("North Korea fired 4 missiles on Oct. 4, 2022, flying about 4,600 kilometers in 25 minutes.", [("4 missiles", "quantity(4 missile)"), ("Oct. 4, 2022", "date(2022 M10 D4)"), ("about 4,600 kilometers", "quantity(about 4600 kilometer)"), ("25 minutes", "quantity(25 minute)")]),
        ("The U.S. and Japan held their 2+2 meeting on Jan. 11 in Washington, the first since 2019.", [("Jan. 11", "date(M1 D11)"), ("2019", "date(2019)")]),
        ("Russia deployed 100,000 troops; casualties rose to 1,200, up 15% from 2021, officials said on Monday.", [("100,000 troops", "quantity(100000 person)"), ("1,200", "number(1200)"), ("15%", "quantity(15 percent)"), ("2021", "date(2021)"), ("Monday", "date(W1)")]),
        ("The ship, displacing 40,000 tons, sailed 1,500 nautical miles over 10 days, arriving at 3 p.m. local time (0600 GMT).", [("40,000 tons", "quantity(40000 ton)"), ("1,500 nautical miles", "quantity(1500 nauticalMile)"), ("10 days", "quantity(10 day)"), ("3 p.m.", "time(15:00)"), ("0600 GMT", "time(6:00)")]),
        ("Defense spending will reach 2% of GDP by fiscal 2027, or about 43 trillion yen over five years.", [("2%", "quantity(2 percent)"), ("fiscal 2027", "date(FY2027)"), ("about 43 trillion yen", "quantity(about 43000000000000 yen)"), ("five years", "quantity(5 year)")]),
        ("Unemployment fell 0.3 percentage point to 3.5 percent in March, the lowest since May 2019.", [("0.3 percentage point", "quantity(0.3 percentagePoint)"), ("3.5 percent", "quantity(3.5 percent)"), ("March", "date(M3)"), ("May 2019", "date(2019 M5)")]),
        ("Japan will buy 42 F-35B fighters and 12 Type-03 units for $1.5 billion, a 20% rise, officials said Tuesday.", [("42 F-35B fighters", "quantity(42 aircraft)"), ("12", "number(12)"), ("$1.5 billion", "quantity(1500000000 dollar)"), ("20%", "quantity(20 percent)"), ("Tuesday", "date(W2)")]),
        ("北朝鮮は2022年10月4日（火）午前7時22分ごろ、弾道ミサイル1発を発射し、約4600キロ飛行した。", [("2022年10月4日（火）", "date(2022 M10 D4 W2)"), ("午前7時22分ごろ", "time(~7:22)"), ("1発", "quantity(1 missile)"), ("約4600キロ", "quantity(about 4600 kilometer)")]),
        ("防衛費は2027年度にGDP比2％に達し、5年間で総額約43兆円となる。", [("2027年度", "date(FY2027)"), ("2％", "quantity(2 percent)"), ("5年間", "quantity(5 year)"), ("約43兆円", "quantity(about 43000000000000 yen)")]),
        ("ロシア軍は約10万人を展開し、死傷者は前年比15％増の1200人に上った。", [("約10万人", "quantity(about 100000 person)"), ("15％", "quantity(15 percent)"), ("1200人", "quantity(1200 person)")]),
        ("同日午後3時ごろ、日米両国は2プラス2を開いた。日本は護衛艦2隻とF15戦闘機4機を派遣した。", [("午後3時ごろ", "time(~15:00)"), ("2隻", "quantity(2 ship)"), ("4機", "quantity(4 aircraft)")]),
        ("令和5年度予算案の防衛費は6兆8219億円で、前年度比26.3％増となった。", [("令和5年度", "date(FY2023 (令和5))"), ("6兆8219億円", "quantity(6821900000000 yen)"), ("26.3％", "quantity(26.3 percent)")]),
        ("Prime Minister Fumio Kishida, 65, met President Joe Biden for 90 minutes at the White House on Friday, Jan. 13.", [("65", "number(65)"), ("90 minutes", "quantity(90 minute)"), ("Friday, Jan. 13", "date(M1 D13 W5)")]),
        ("North Korea has launched more than 70 ballistic missiles this year, including an ICBM that flew 1,000 km.", [("more than 70 ballistic missiles", "quantity(over 70 missile)"), ("1,000 km", "quantity(1000 kilometer)")]),
        ("The yen weakened past 150 per dollar for the first time since 1990, trading at 150.15 at 5 p.m. in Tokyo.", [("150", "number(150)"), ("1990", "date(1990)"), ("150.15", "number(150.15)"), ("5 p.m.", "time(17:00)")]),
        ("Japan's defense budget for fiscal 2023 rose 26.3 percent to a record 6.82 trillion yen ($51 billion).", [("fiscal 2023", "date(FY2023)"), ("26.3 percent", "quantity(26.3 percent)"), ("6.82 trillion yen", "quantity(6820000000000 yen)"), ("$51 billion", "quantity(51000000000 dollar)")]),
        ("Chinese coast guard vessels stayed in Japanese waters for 72 hours and 45 minutes, the longest since 2012.", [("72 hours", "quantity(72 hour)"), ("45 minutes", "quantity(45 minute)"), ("2012", "date(2012)")]),
        ("The two sides agreed to hold the next round in the spring; one official said a deal could come within weeks.", [("two", "number(2)")]),
        ("The 6.5-magnitude quake struck at 10:06 p.m. local time (1306 GMT) at a depth of 10 kilometers (6 miles).", [("6.5", "number(6.5)"), ("10:06 p.m.", "time(22:06)"), ("1306 GMT", "time(13:06)"), ("10 kilometers", "quantity(10 kilometer)"), ("6 miles", "quantity(6 mile)")]),
        ("U.S. Forces Japan has about 54,000 personnel; Okinawa hosts 70 percent of U.S. military facilities.", [("about 54,000 personnel", "quantity(about 54000 person)"), ("70 percent", "quantity(70 percent)")]),
        ("The one-China policy; one-on-one talks; a one-off; one by one; He won. They won 3 seats. A 3-1 win.", [("3", "number(3)")]),
        ("北朝鮮が15日午前11時ごろ、東部の元山付近から日本海に向けて短距離弾道ミサイル2発を発射した。", [("15日", "date(D15)"), ("午前11時ごろ", "time(~11:00)"), ("2発", "quantity(2 missile)")]),
        ("中国海警局の船4隻が、尖閣諸島周辺の領海に約72時間45分にわたり侵入した。2012年の国有化以降で最長。", [("4隻", "quantity(4 ship)"), ("約72時間", "quantity(about 72 hour)"), ("45分", "quantity(45 minute)"), ("2012年", "date(2012)")]),
        ("円相場は一時1ドル＝150円台まで下落し、1990年8月以来、約32年ぶりの円安水準となった。", [("1ドル", "quantity(1 dollar)"), ("150円", "quantity(150 yen)"), ("1990年8月", "date(1990 M8)"), ("約32年", "quantity(about 32 year)")]),
        ("国連総会の緊急特別会合で、加盟193カ国中141カ国が賛成、5カ国が反対、35カ国が棄権した。", [("193カ国", "quantity(193 country)"), ("141カ国", "quantity(141 country)"), ("5カ国", "quantity(5 country)"), ("35カ国", "quantity(35 country)")]),
        ("在日米軍の兵力は約5万4000人で、沖縄には米軍専用施設の約70％が集中している。", [("約5万4000人", "quantity(about 54000 person)"), ("約70％", "quantity(about 70 percent)")]),
        ("一方、中国は一貫して反対しており、唯一の同盟国である米国との一体化を進める。一層の努力。", []),
        ("三菱重工業は十分な量を確保し、九州と四国に一部を配備する。千葉県の百里基地。五輪。", []),
        ("首相は一日も早い解決を求め、二国間の協議を一段と強化する。一人ひとり。万一に備え。", []),
        ("自衛隊員二十三人が三日間の訓練に参加。五百万円。二千二十二年。十二月八日。2泊3日。", [("二十三人", "quantity(23 person)"), ("三日間", "quantity(3 day)"), ("五百万円", "quantity(5000000 yen)"), ("二千二十二年", "date(2022)"), ("十二月八日", "date(M12 D8)"), ("2泊", "quantity(2 night)"), ("3日", "quantity(3 day)")]),
        ("一時は1ドル＝150円台。一回目の会合は一時間続いた。一度も。一つの中国。", [("1ドル", "quantity(1 dollar)"), ("150円", "quantity(150 yen)"), ("一回", "quantity(1 times)"), ("一時間", "quantity(1 hour)"), ("一度", "quantity(1 times)"), ("一つ", "number(1)")]),
        ("防衛省は6日、中国海軍の空母「遼寧」など艦艇計4隻が沖縄本島と宮古島の間を通過し、太平洋に出たと発表した。艦載機の発着艦は約320回に上った。同省によると、遼寧は3日から5日にかけて活動した。", [("6日", "date(D6)"), ("4隻", "quantity(4 ship)"), ("約320回", "quantity(about 320 times)"), ("3日", "date(D3)"), ("5日", "date(D5)")]),
        ("日米両政府は外務・防衛担当閣僚協議（2プラス2）を来年1月11日にワシントンで開く方向で調整している。開催は2021年3月以来となる。", [("1月11日", "date(M1 D11)"), ("2021年3月", "date(2021 M3)")]),
        ("政府は、敵のミサイル発射基地などを叩く反撃能力の保有を盛り込み、防衛費を2027年度にGDP比2%へ増額する。総額は43兆円程度で、現行計画の約1.6倍となる。", [("2027年度", "date(FY2027)"), ("2%", "quantity(2 percent)"), ("43兆円程度", "quantity(about 43000000000000 yen)"), ("約1.6倍", "quantity(about 1.6 times)")]),
        ("The Japanese Defense Ministry said Tuesday that four Chinese warships, including the aircraft carrier Liaoning, sailed between Okinawa and Miyako islands, and that about 320 takeoffs and landings took place from Dec. 17 to Dec. 31.", [("Tuesday", "date(W2)"), ("four Chinese warships", "quantity(4 ship)"), ("about 320", "number(about 320)"), ("Dec. 17", "date(M12 D17)"), ("Dec. 31", "date(M12 D31)")]),
        ("Japan and the United States plan to hold a so-called two-plus-two security dialogue on Jan. 11 in Washington, the first such meeting since March 2021, sources said.", [("Jan. 11", "date(M1 D11)"), ("March 2021", "date(2021 M3)")]),
        ("Spending will total about 43 trillion yen ($315 billion) over the five years through fiscal 2027, roughly 1.6 times the current plan.", [("about 43 trillion yen", "quantity(about 43000000000000 yen)"), ("$315 billion", "quantity(315000000000 dollar)"), ("five years", "quantity(5 year)"), ("fiscal 2027", "date(FY2027)"), ("roughly 1.6 times", "quantity(about 1.6 times)")]),
    ]

    @Test(arguments: sentences)
    func sentence(_ c: (String, [(String, String)])) {
        let lang: Language = c.0.unicodeScalars.contains { $0.value >= 0x3040 } ? .japanese : .english
        let got = NumberRecognizer.mentions(in: c.0, language: lang).map { ($0.text, $0.value.description) }
        #expect(got.map(\.0) == c.1.map(\.0), "\(got)")
        #expect(got.map(\.1) == c.1.map(\.1), "\(got)")
    }
}

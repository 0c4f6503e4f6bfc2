"""Short news articles written for these tests (invented people and firms, real places and institutions),
with the quotes and entities an analyst would record from each.

Every article exercises several quotation styles and attribution routes: speaker after or before the
quote, in the sentence before, through a pronoun, a title ("the commissioner said"), an organisation
("the bank said in a statement"), "according to", a colon paragraph, split and multi-paragraph quotes,
partial quotes, British single marks, and names in quotation marks that are not speech.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NewsArticle:
    id: str
    body: str
    quotes: list[tuple[str | None, str]]  # (speaker or None, quoted text)
    people: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # name -> (title, country)
    organizations: dict[str, str | None] = field(default_factory=dict)  # name -> country
    not_entities: tuple[str, ...] = ()  # names that must not come out as a person or organisation


AFRICAN_BANK_LOAN = NewsArticle(
    id="african development bank loan",
    body=(
        "Malawi secures $240 million loan for Shire valley irrigation\n\n"
        "LILONGWE, March 4 \u2014 The African Development Bank (AfDB) approved a $240 million loan on Tuesday to "
        "expand irrigation in Malawi's Shire valley, in what Finance Minister Chikondi Banda called \u201ca turning "
        "point for our farmers\u201d.\n\n"
        "\u201cThis financing will put water on 40,000 hectares that today depend on the rain,\u201d Banda told "
        "reporters in Lilongwe. \u201cIt will also cut our food import bill.\u201d\n\n"
        "Kwame Asante-Mensah, the AfDB's vice president for agriculture, said the bank had worked on the project "
        "for three years.\n"
        "\u201cWe do not lend to plans on paper,\u201d he said. \u201cWe lend to plans that are ready to build.\u201d\n\n"
        "The bank said in a statement that disbursement would begin in June. \u201cThe first contracts will be "
        "awarded before the rainy season,\u201d the statement said.\n\n"
        "Opposition lawmaker Grace Mwale questioned the terms. She said the loan would add to a debt burden she "
        "described as \u201calready heavy\u201d, and added: \u201cWho will repay this when the pumps break down?\u201d\n\n"
        "The project belongs to the \u201cFeed Africa\u201d programme that the bank launched in 2016.\n"
    ),
    quotes=[
        ("Chikondi Banda", "a turning point for our farmers"),
        ("Chikondi Banda", "This financing will put water on 40,000 hectares that today depend on the rain"),
        ("Chikondi Banda", "It will also cut our food import bill."),
        ("Kwame Asante-Mensah", "We do not lend to plans on paper"),
        ("Kwame Asante-Mensah", "We lend to plans that are ready to build."),
        ("African Development Bank", "The first contracts will be awarded before the rainy season"),
        ("Grace Mwale", "already heavy"),
        ("Grace Mwale", "Who will repay this when the pumps break down?"),
    ],
    people={"Chikondi Banda": ("Finance Minister", None), "Grace Mwale": ("Opposition lawmaker", None),
            "Kwame Asante-Mensah": ("vice president for agriculture", None)},
    organizations={"African Development Bank": None},
    not_entities=("AfDB", "Feed Africa", "Banda"),
)

EU_TRADE_TALKS = NewsArticle(
    id="eu trade negotiation",
    body=(
        "EU and Vietnam reopen talks on investment chapter\n\n"
        "BRUSSELS \u2014 European Union and Vietnamese negotiators resumed talks on Monday over the investment "
        "chapter of their trade agreement, and both sides said they hoped to close the file before the summer.\n\n"
        "EU Trade Commissioner Henrik Solberg met Vietnam's Minister of Industry and Trade, Nguyen Thi Lan, for two "
        "hours at the Commission's headquarters.\n\n"
        "\"We have narrowed the gaps on almost every article,\" the commissioner said after the meeting. \"What "
        "remains is political, and politics needs time.\"\n\n"
        "Lan was more cautious. \"Our partners must understand that Vietnamese farmers cannot carry the whole cost "
        "of this agreement,\" she said, adding that Hanoi wanted a longer phase-in period for dairy imports.\n\n"
        "\"It is not a question of goodwill. It is a question of arithmetic,\" Tran Van Hieu, Vietnam's deputy chief "
        "negotiator, told reporters as he left the building.\n\n"
        "The European Commission said the next round would take place in Hanoi in May. \"Both delegations "
        "reaffirmed their commitment to an ambitious outcome,\" it said.\n\n"
        "Mr Solberg told the European Parliament's trade committee last month that the deal could add 4 billion "
        "euros a year to bilateral trade. He warned: \"If we let this slip into next year, the window may close.\"\n\n"
        "Industry groups were divided. BusinessEurope, the employers' federation, urged negotiators to \"hold the "
        "line\" on public procurement, while the farmers' association Copa-Cogeca described the dairy offer as "
        "\"a red line we will defend\".\n"
    ),
    quotes=[
        ("Henrik Solberg", "We have narrowed the gaps on almost every article"),
        ("Henrik Solberg", "What remains is political, and politics needs time."),
        ("Nguyen Thi Lan", "Our partners must understand that Vietnamese farmers cannot carry the whole cost of this "
                           "agreement"),
        ("Tran Van Hieu", "It is not a question of goodwill. It is a question of arithmetic"),
        ("European Commission", "Both delegations reaffirmed their commitment to an ambitious outcome"),
        ("Henrik Solberg", "If we let this slip into next year, the window may close."),
        ("BusinessEurope", "hold the line"),
        ("Copa-Cogeca", "a red line we will defend"),
    ],
    people={"Henrik Solberg": ("EU Trade Commissioner", None),
            "Nguyen Thi Lan": ("Minister of Industry and Trade", "VNM"),
            "Tran Van Hieu": ("deputy chief negotiator", "VNM")},
    organizations={"European Commission": None, "BusinessEurope": None},
    not_entities=("Solberg", "Lan"),
)

GULF_INVESTMENT = NewsArticle(
    id="gulf investment",
    body=(
        "Qatari fund to take stake in Kenyan fibre network\n\n"
        "NAIROBI \u2014 The Qatar Investment Authority (QIA) has agreed to buy a 30 percent stake in Kenya's national "
        "fibre-optic operator for about $410 million, according to two people familiar with the deal.\n\n"
        "The agreement was signed in Doha on Sunday by QIA chief executive Faisal Al-Mahmoud and Kenya's Cabinet "
        "Secretary for Information, Achieng Otieno.\n\n"
        "Speaking at the signing, Otieno said the investment would carry broadband to every county headquarters "
        "by 2028. She stated:\n\n"
        "\u201cConnectivity is no longer a luxury. It is the road, the railway and the power line of this "
        "century.\u201d\n\n"
        "Al-Mahmoud described Kenya as \u201ca gateway to East Africa\u201d for the fund. \u201cWe are patient "
        "investors,\u201d he said. \u201cWe look at twenty years, not twenty months.\u201d\n\n"
        "The Kenyan opposition has criticised the sale. \"Selling the backbone of our digital economy to a foreign "
        "state is reckless,\" said Stephen Wekesa, a senator from Bungoma. \"Parliament was never consulted.\"\n\n"
        "\u201cThe fund will not interfere in management,\u201d the Qatari embassy in Nairobi said in a statement "
        "on Monday.\n"
    ),
    quotes=[
        ("Achieng Otieno", "Connectivity is no longer a luxury. It is the road, the railway and the power line of "
                           "this century."),
        ("Faisal Al-Mahmoud", "a gateway to East Africa"),
        ("Faisal Al-Mahmoud", "We are patient investors"),
        ("Faisal Al-Mahmoud", "We look at twenty years, not twenty months."),
        ("Stephen Wekesa", "Selling the backbone of our digital economy to a foreign state is reckless"),
        ("Stephen Wekesa", "Parliament was never consulted."),
        ("Qatari embassy in Nairobi", "The fund will not interfere in management"),
    ],
    people={"Faisal Al-Mahmoud": ("QIA chief executive", None),
            "Achieng Otieno": ("Cabinet Secretary for Information", "KEN"),
            "Stephen Wekesa": ("senator", None)},
    organizations={"Qatar Investment Authority": "QAT"},
    not_entities=("QIA", "Otieno"),
)

LITHIUM_DEAL = NewsArticle(
    id="latin american lithium deal",
    body=(
        "Bolivia picks Chinese-led group for lithium plants\n\n"
        "LA PAZ \u2014 Bolivia's state lithium company, Yacimientos de Litio Bolivianos (YLB), has picked a "
        "consortium led by China's Xinhe Battery Materials to build two extraction plants at the Uyuni salt flat, "
        "Energy Minister Marcela Quiroga said on Thursday.\n\n"
        "\"The lithium belongs to the Bolivian people, and the plants will belong to them too,\" Quiroga said at a "
        "news conference in La Paz. \"Our partners bring the technology; we keep the control.\"\n\n"
        "The contract, worth about $1.1 billion, still needs approval from the legislature.\n\n"
        "Xinhe's chairman, Zhou Wenbo, told state television that construction would start within a year. \"We "
        "have done this in Argentina and in Chile. We know the brine, we know the altitude,\" he said.\n\n"
        "Not everyone is convinced. Economist Rodrigo Salinas said the government had repeated the same promise "
        "for fifteen years.\n"
        "\"Every minister announces the plant of the future,\" Salinas said. \"None of them has shown us the "
        "plant of the present.\n\n"
        "\"Until the first tonne of battery-grade carbonate is exported, this is a press release.\"\n\n"
        "Residents of the Potos\u00ed region have demanded a share of royalties. \u201cWe want 10 percent, not "
        "promises\u201d, said Hilda Mamani, who leads a local farmers' federation.\n"
    ),
    quotes=[
        ("Marcela Quiroga", "The lithium belongs to the Bolivian people, and the plants will belong to them too"),
        ("Marcela Quiroga", "Our partners bring the technology; we keep the control."),
        ("Zhou Wenbo", "We have done this in Argentina and in Chile. We know the brine, we know the altitude"),
        ("Rodrigo Salinas", "Every minister announces the plant of the future"),
        ("Rodrigo Salinas", "None of them has shown us the plant of the present."),
        ("Rodrigo Salinas", "Until the first tonne of battery-grade carbonate is exported, this is a press release."),
        ("Hilda Mamani", "We want 10 percent, not promises"),
    ],
    people={"Marcela Quiroga": ("Energy Minister", None), "Zhou Wenbo": ("chairman", None),
            "Rodrigo Salinas": ("Economist", None)},
    organizations={"Yacimientos de Litio Bolivianos": "BOL", "Xinhe Battery Materials": "CHN"},
    not_entities=("YLB", "Quiroga"),
)

ASIAN_SUMMIT = NewsArticle(
    id="asian summit",
    body=(
        "ASEAN leaders back maritime code at Kuala Lumpur summit\n\n"
        "KUALA LUMPUR \u2014 Southeast Asian leaders on Sunday endorsed a draft code of conduct for shipping in "
        "disputed waters at the end of a two-day summit.\n\n"
        "Malaysian Prime Minister Aziz Rahman, who chaired the meeting, said the draft would be sent to Beijing for "
        "comment within a month.\n"
        "\u201cNo country in this room wants a conflict at sea. Not one,\u201d he told a closing news conference.\n\n"
        "Philippine President Teresa Villanueva pressed for a binding text. \u201cA code that binds no one protects "
        "no one,\u201d Villanueva said.\n\n"
        "China's foreign ministry said it welcomed \u201cconstructive steps\u201d but warned against \u201coutside "
        "interference\u201d. Its spokesperson, Wei Jianguo, said on Monday: \u201cThe South China Sea is not a stage "
        "for powers from outside the region.\u201d\n\n"
        "The summit also launched the \u201cBlue Economy Framework\u201d, a plan to pool fisheries data.\n\n"
        "Indonesia's foreign minister, Dewi Kartika, said the region could not \u201cwait for the perfect text\u201d. "
        "The minister added that Jakarta would host a technical meeting in August.\n\n"
        "\u201cWe will bring the lawyers, the admirals and the fishermen to the same table,\u201d the minister "
        "said.\n"
    ),
    quotes=[
        ("Aziz Rahman", "No country in this room wants a conflict at sea. Not one"),
        ("Teresa Villanueva", "A code that binds no one protects no one"),
        ("foreign ministry", "constructive steps"),
        ("foreign ministry", "outside interference"),
        ("Wei Jianguo", "The South China Sea is not a stage for powers from outside the region."),
        ("Dewi Kartika", "wait for the perfect text"),
        ("Dewi Kartika", "We will bring the lawyers, the admirals and the fishermen to the same table"),
    ],
    people={"Aziz Rahman": ("Malaysian Prime Minister", "MYS"), "Teresa Villanueva": ("Philippine President", "PHL"),
            "Wei Jianguo": ("spokesperson", None), "Dewi Kartika": ("foreign minister", "IDN")},
    not_entities=("Blue Economy Framework", "Villanueva"),
)

EXPORT_BANK_RAIL = NewsArticle(
    id="export credit agency rail loan",
    body=(
        "US export bank weighs loan for Angolan railway\n\n"
        "WASHINGTON \u2014 The Export-Import Bank of the United States (EXIM) is considering a loan of up to $900 "
        "million to rebuild Angola's Benguela railway, the bank's chairwoman said on Wednesday.\n\n"
        "Laura Whitfield, who has led EXIM since January, told a conference in Washington that the bank wanted "
        "\u201cto be in the room before our competitors are\u201d.\n\n"
        "\u201cFor too long, American firms have watched from the sidelines while others financed Africa's "
        "infrastructure,\u201d she said. \u201cThat era is over.\u201d\n\n"
        "The U.S. ambassador to Angola, Marcus Hale, welcomed the move. \u201cLuanda has made it very clear it wants "
        "more than one partner,\u201d the ambassador said in a written statement.\n\n"
        "Angolan Transport Minister Joaquim Neto said his government had received offers from several lenders. "
        "According to Neto, \u201cthe best terms will win, whoever offers them.\u201d\n\n"
        "EXIM said its board would decide on the loan in the autumn. \u201cNo commitment has been made at this "
        "stage,\u201d the bank said.\n"
    ),
    quotes=[
        ("Laura Whitfield", "to be in the room before our competitors are"),
        ("Laura Whitfield", "For too long, American firms have watched from the sidelines while others financed "
                            "Africa's infrastructure"),
        ("Laura Whitfield", "That era is over."),
        ("Marcus Hale", "Luanda has made it very clear it wants more than one partner"),
        ("Joaquim Neto", "the best terms will win, whoever offers them."),
        ("Export-Import Bank of the United States", "No commitment has been made at this stage"),
    ],
    people={"Marcus Hale": ("U.S. ambassador to Angola", "USA"),
            "Joaquim Neto": ("Angolan Transport Minister", "AGO")},
    organizations={"Export-Import Bank of the United States": "USA"},
    not_entities=("EXIM", "Neto"),
)

BRITISH_GRANT = NewsArticle(
    id="british single quotation marks",
    body=(
        "UK pledges \u00a3150m for Kenyan geothermal plant\n\n"
        "LONDON \u2014 Britain will provide \u00a3150 million in guarantees for a geothermal power plant in Kenya's "
        "Rift Valley, the development minister announced on Tuesday.\n\n"
        "Development Minister Harriet Cole said the plant would supply power to 300,000 homes. 'This is what "
        "partnership looks like: British expertise, Kenyan ambition,' she said.\n\n"
        "Kenya's energy secretary, Joseph Mutua, said the project was 'long overdue'.\n\n"
        "'We have waited six years for financing,' Mr Mutua told the BBC. 'Our engineers were ready; the money "
        "wasn't.'\n\n"
        "British International Investment, the UK's development finance institution, said it would also take an "
        "equity stake. A spokesman for the firm said: 'We expect to close the deal by the end of the year.'\n"
    ),
    quotes=[
        ("Harriet Cole", "This is what partnership looks like: British expertise, Kenyan ambition"),
        ("Joseph Mutua", "long overdue"),
        ("Joseph Mutua", "We have waited six years for financing"),
        ("Joseph Mutua", "Our engineers were ready; the money wasn't."),
        ("British International Investment", "We expect to close the deal by the end of the year."),
    ],
    people={"Harriet Cole": ("Development Minister", None), "Joseph Mutua": ("energy secretary", "KEN")},
    organizations={"British International Investment": "GBR"},
    not_entities=("BBC", "Mutua"),
)

ARTICLES = [AFRICAN_BANK_LOAN, EU_TRADE_TALKS, GULF_INVESTMENT, LITHIUM_DEAL, ASIAN_SUMMIT, EXPORT_BANK_RAIL,
            BRITISH_GRANT]

"""English names for ISO provinces outside the focus countries; places the generic sources miss or misread.

`ADMIN1_NAMES` maps an ISO 3166-2 code to its common English name, then other spellings (a name
written "~Name" is shown, not matched); `PLACES` lines end in a province code ("PS-GZA") or a country
code ("EG").
"""

from __future__ import annotations

__all__ = ["ADMIN1_NAMES", "PLACES"]

ADMIN1_NAMES: dict[str, tuple[str, ...]] = {
    # Iran
    "IR-00": ("Markazi",),
    "IR-01": ("Gilan",),
    "IR-02": ("Mazandaran",),
    "IR-03": ("East Azerbaijan",),
    "IR-04": ("West Azerbaijan",),
    "IR-05": ("Kermanshah",),
    "IR-06": ("Khuzestan",),
    "IR-07": ("Fars",),
    "IR-08": ("Kerman",),
    "IR-09": ("Razavi Khorasan", "Khorasan Razavi", "Khorasan-e Razavi"),
    "IR-10": ("Isfahan", "Esfahan"),
    "IR-11": (
        "Sistan and Baluchestan",
        "Sistan-Baluchestan",
        "Sistan and Baluchistan",
        "Sistan-Baluchistan",
        "Sistan va Baluchestan",
    ),
    "IR-12": ("~Kurdistan", "Kurdistan province", "Kordestan"),
    "IR-13": ("Hamadan",),
    "IR-14": ("Chaharmahal and Bakhtiari",),
    "IR-15": ("Lorestan",),
    "IR-16": ("Ilam",),
    "IR-17": ("Kohgiluyeh and Boyer-Ahmad",),
    "IR-18": ("Bushehr",),
    "IR-19": ("Zanjan",),
    "IR-20": ("Semnan",),
    "IR-21": ("Yazd",),
    "IR-22": ("Hormozgan",),
    "IR-23": ("Tehran",),
    "IR-24": ("Ardabil",),
    "IR-25": ("Qom",),
    "IR-26": ("Qazvin",),
    "IR-27": ("Golestan",),
    "IR-28": ("North Khorasan",),
    "IR-29": ("South Khorasan",),
    "IR-30": ("Alborz",),
    # Ukraine
    "UA-05": ("Vinnytsia Oblast", "Vinnytsia region"),
    "UA-07": ("Volyn Oblast", "Volyn region"),
    "UA-09": ("Luhansk Oblast", "Luhansk region", "Lugansk region"),
    "UA-12": ("Dnipropetrovsk Oblast", "Dnipropetrovsk region"),
    "UA-14": ("Donetsk Oblast", "Donetsk region"),
    "UA-18": ("Zhytomyr Oblast", "Zhytomyr region"),
    "UA-21": ("Zakarpattia Oblast", "Zakarpattia", "Transcarpathia"),
    "UA-23": ("Zaporizhzhia Oblast", "Zaporizhzhia", "Zaporizhia", "Zaporizhzhia region", "Zaporozhye"),
    "UA-26": ("Ivano-Frankivsk Oblast",),
    "UA-30": ("Kyiv", "Kiev"),
    "UA-32": ("Kyiv Oblast", "Kyiv region"),
    "UA-35": ("Kirovohrad Oblast", "Kirovohrad region"),
    "UA-40": ("Sevastopol",),
    "UA-43": ("Crimea", "Autonomous Republic of Crimea", "Crimean peninsula", "Crimean Peninsula"),
    "UA-46": ("Lviv Oblast", "Lviv region"),
    "UA-48": ("Mykolaiv Oblast", "Mykolaiv region"),
    "UA-51": ("Odesa Oblast", "Odesa region", "Odessa region"),
    "UA-53": ("Poltava Oblast", "Poltava region"),
    "UA-56": ("Rivne Oblast",),
    "UA-59": ("Sumy Oblast", "Sumy region"),
    "UA-61": ("Ternopil Oblast",),
    "UA-63": ("Kharkiv Oblast", "Kharkiv region"),
    "UA-65": ("Kherson Oblast", "Kherson region"),
    "UA-68": ("Khmelnytskyi Oblast",),
    "UA-71": ("Cherkasy Oblast",),
    "UA-74": ("Chernihiv Oblast", "Chernihiv region"),
    "UA-77": ("Chernivtsi Oblast",),
    # Russia (a few often in conflict news)
    "RU-CE": ("Chechnya", "Chechen Republic"),
    "RU-DA": ("Dagestan", "Daghestan"),
    "RU-IN": ("Ingushetia",),
    "RU-KB": ("Kabardino-Balkaria",),
    "RU-BEL": ("Belgorod Oblast", "Belgorod region"),
    "RU-KRS": ("Kursk Oblast", "Kursk region"),
    "RU-BRY": ("Bryansk Oblast", "Bryansk region"),
    "RU-MOS": ("Moscow Oblast", "Moscow region"),
    "RU-MOW": (
        "~Moscow",
        "Moscow city",
    ),
    "RU-ROS": ("Rostov Oblast", "Rostov region"),
    "RU-KDA": ("Krasnodar Krai", "Krasnodar region"),
    # Ethiopia
    "ET-AM": ("Amhara", "Amhara region"),
    "ET-TI": ("Tigray", "Tigray region"),
    "ET-AF": ("Afar", "Afar region"),
    "ET-OR": ("Oromia", "Oromiya"),
    "ET-SO": ("Somali Region", "Somali region", "Ethiopian Somali Region"),
    "ET-BE": ("Benishangul-Gumuz", "Benishangul Gumuz"),
    "ET-GA": ("Gambela", "Gambella"),
    "ET-HA": ("Harari",),
    "ET-SN": ("SNNPR", "Southern Nations, Nationalities, and Peoples' Region"),
    "ET-AA": ("Addis Ababa",),
    "ET-DD": ("Dire Dawa",),
    "ET-SI": ("Sidama",),
    # DR Congo
    "CD-NK": ("North Kivu", "Nord-Kivu"),
    "CD-SK": ("South Kivu", "Sud-Kivu"),
    "CD-IT": ("Ituri",),
    "CD-HK": ("Haut-Katanga",),
    "CD-KN": ("Kinshasa",),
    "CD-TA": (
        "~Tanganyika",
        "Tanganyika province",
    ),
    "CD-KS": ("Kasai",),
    "CD-KC": ("Kasai-Central", "Kasai Central"),
    "CD-KE": ("Kasai-Oriental",),
    "CD-BC": ("Kongo Central",),
    "CD-EQ": ("Equateur",),
    "CD-HU": ("Haut-Uele",),
    "CD-BU": ("Bas-Uele",),
    "CD-MA": ("Maniema",),
    "CD-TO": ("Tshopo",),
    # Yemen
    "YE-HU": ("Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida", "Al-Hudaydah"),
    "YE-MA": ("Marib", "Ma'rib"),
    "YE-TA": ("Taiz", "Taizz", "Ta'izz"),
    "YE-SD": ("Saada", "Sa'dah", "Sadah"),
    "YE-HJ": ("Hajjah", "Hajja"),
    "YE-JA": ("Al Jawf", "al-Jawf"),
    "YE-SH": ("Shabwa", "Shabwah"),
    "YE-BA": ("Bayda", "Al Bayda", "al-Bayda"),
    "YE-AB": ("Abyan",),
    "YE-LA": ("Lahij", "Lahj"),
    "YE-DA": ("Dhale", "Al Dhale", "al-Dhalea", "Dhalea"),
    "YE-HD": ("Hadramawt", "Hadramout", "Hadhramaut", "Hadramaut"),
    "YE-MR": ("Mahra", "Al Mahrah", "al-Mahra"),
    "YE-IB": ("Ibb",),
    "YE-AM": ("Amran",),
    "YE-DH": ("Dhamar",),
    "YE-MW": ("Mahwit", "Al Mahwit"),
    "YE-RA": ("Raymah", "Rayma"),
    "YE-SU": ("Socotra",),
    "YE-AD": ("Aden",),
    "YE-SN": (
        "~Sanaa",
        "Sanaa province",
    ),
    "YE-SA": ("Amanat al-Asimah", "Sanaa city"),
    # Egypt
    "EG-SIN": ("North Sinai", "Northern Sinai"),
    "EG-JS": ("South Sinai", "Southern Sinai"),
    "EG-C": ("Cairo",),
    "EG-ALX": ("Alexandria",),
    "EG-GZ": ("Giza",),
    "EG-MN": ("Minya", "Al Minya"),
    "EG-AST": ("Asyut", "Assiut"),
    "EG-SHG": ("Sohag",),
    "EG-ASN": ("Aswan",),
    "EG-LX": ("Luxor",),
    "EG-IS": ("Ismailia",),
    "EG-SUZ": ("Suez",),
    "EG-PTS": ("Port Said",),
    "EG-MT": ("Matrouh", "Marsa Matrouh"),
    "EG-BA": (
        "~Red Sea",
        "Red Sea governorate",
    ),
    "EG-WAD": ("New Valley",),
    "EG-FYM": ("Faiyum", "Fayoum"),
    "EG-KN": ("Qena",),
    "EG-DK": ("Dakahlia",),
    "EG-SHR": ("Sharqia", "Sharkia"),
    "EG-GH": ("Gharbia",),
    "EG-BH": ("Beheira",),
    "EG-KB": ("Qalyubia",),
    "EG-MNF": ("Monufia", "Menoufia"),
    "EG-KFS": ("Kafr el-Sheikh",),
    "EG-DT": ("Damietta",),
    "EG-BNS": ("Beni Suef",),
    # Cameroon (Boko Haram and the Anglophone regions)
    "CM-EN": ("Far North", "Far North region", "Far North Region", "Extreme North", "Extreme North region"),
    "CM-NW": (
        "~North-West",
        "North-West region",
        "Northwest region",
        "North West region",
        "North-West Region",
    ),
    "CM-SW": (
        "~South-West",
        "South-West region",
        "Southwest region",
        "South West region",
        "South-West Region",
    ),
    "CM-NO": (
        "~North",
        "North region",
    ),
    "CM-AD": (
        "~Adamawa",
        "Adamawa region",
    ),
    # Sahel, Lake Chad
    "ML-6": ("~Timbuktu", "Timbuktu region", "Tombouctou region"),
    "ML-9": ("Menaka", "Menaka region"),
    "ML-7": (
        "~Gao",
        "Gao region",
    ),
    "ML-5": (
        "~Mopti",
        "Mopti region",
    ),
    "ML-8": (
        "~Kidal",
        "Kidal region",
    ),
    "ML-4": ("Segou", "Segou region"),
    "BF-12": (
        "~Sahel",
        "Sahel region",
    ),
    "BF-10": (
        "~Nord",
        "Nord region",
    ),
    "BF-08": ("~Est", "Est region", "Burkina Faso's East region"),
    "BF-05": ("Centre-Nord", "Centre-North region"),
    "BF-01": ("Boucle du Mouhoun",),
    "NE-6": ("Tillaberi", "Tillaberi region"),
    "NE-2": ("Diffa", "Diffa region"),
    "NE-5": ("Tahoua",),
    "TD-LC": ("~Lac", "Lac province", "Lac region"),
    # Mozambique: the province of Gaza is not the Gaza Strip.
    "MZ-G": (
        "~Gaza",
        "Gaza province",
    ),
    # Lebanon, Saudi Arabia, Jordan, Central Asia
    "LB-BA": (
        "~Beirut",
        "Beirut governorate",
    ),
    "LB-JL": ("Mount Lebanon",),
    "LB-JA": ("South Lebanon",),
    "LB-NA": ("Nabatieh", "Nabatiyeh"),
    "LB-BI": ("Beqaa", "Bekaa", "Beqaa Valley", "Bekaa Valley"),
    "LB-AS": ("North Lebanon",),
    "LB-BH": ("Baalbek-Hermel",),
    "LB-AK": ("Akkar",),
    "SA-01": (
        "~Riyadh",
        "Riyadh province",
    ),
    "SA-02": ("~Mecca", "Mecca province", "Makkah province"),
    "SA-03": (
        "~Medina",
        "Medina province",
    ),
    "SA-04": ("Eastern Province",),
    "SA-05": ("Qassim", "Al-Qassim"),
    "SA-06": ("Ha'il",),
    "SA-07": ("Tabuk",),
    "SA-08": ("Northern Borders",),
    "SA-09": ("Jazan", "Jizan"),
    "SA-10": ("Najran",),
    "SA-11": ("Al Bahah", "Baha"),
    "SA-12": (
        "~Al Jawf",
        "Al Jawf province",
    ),
    "SA-14": ("Asir",),
    "JO-AM": (
        "~Amman",
        "Amman governorate",
    ),
    "JO-AZ": (
        "~Zarqa",
        "Zarqa governorate",
    ),
    "JO-MA": ("Mafraq",),
    "JO-BA": ("Balqa",),
    "JO-KA": ("Karak",),
    "JO-MN": ("Ma'an", "Maan"),
    "JO-AQ": (
        "~Aqaba",
        "Aqaba governorate",
    ),
    "JO-AJ": ("Ajloun",),
    "JO-AT": ("Tafilah",),
    "JO-MD": ("Madaba",),
    "JO-JA": ("Jerash",),
    "JO-IR": ("Irbid",),
    "TJ-GB": ("Gorno-Badakhshan", "Gorno-Badakhshan Autonomous Region"),
    "TJ-KT": ("Khatlon",),
    "TJ-SU": ("Sughd",),
    "TJ-RA": ("Districts of Republican Subordination",),
    "UZ-SU": ("Surkhandarya", "Surxondaryo"),
    "UZ-TK": (
        "~Tashkent",
        "Tashkent city",
    ),
    "UZ-TO": ("Tashkent Region", "Tashkent region"),
    "TM-L": ("Lebap",),
    "TM-A": ("Ahal",),
    "TM-B": ("Balkan",),
    "TM-S": ("Ashgabat",),
    "TM-M": (
        "~Mary",
        "Mary province",
    ),
    "TM-D": ("Dashoguz",),
    # India, Philippines, China, Libya, Sudan
    "IN-JK": ("Jammu and Kashmir", "Jammu & Kashmir", "Indian-administered Kashmir", "Indian Kashmir"),
    "PH-14": ("Bangsamoro", "BARMM", "ARMM", "Autonomous Region in Muslim Mindanao"),
    "IL-JM": ("~Jerusalem", "Jerusalem District"),
    "CN-XJ": ("Xinjiang",),
    "CN-XZ": ("Tibet",),
    "CN-NM": ("Inner Mongolia",),
    "CN-GX": ("Guangxi",),
    "CN-NX": ("Ningxia",),
    "CN-HK": ("Hong Kong",),
    "CN-MO": ("Macau", "Macao"),
    "LY-MI": (
        "~Misrata",
        "Misrata district",
    ),
    "LY-BA": (
        "~Benghazi",
        "Benghazi district",
    ),
    "LY-TB": (
        "~Tripoli",
        "Tripoli district",
    ),
    "SD-KH": (
        "~Khartoum",
        "Khartoum state",
    ),
    "SD-KS": ("South Kordofan",),
    "SD-KN": ("North Kordofan",),
    "SD-NB": ("Blue Nile", "Blue Nile state"),
    "SD-RS": (
        "~Red Sea",
        "Red Sea state",
    ),
}

PLACES = """
Gaza; Gaza City @ 31.50, 34.47 | PS-GZA
Khan Younis; Khan Yunis; Khan Younes @ 31.34, 34.31 | PS-KYS
Jabalia; Jabaliya; Jabalya @ 31.53, 34.48 | PS-NGZ
Beit Hanoun @ 31.54, 34.54 | PS-NGZ
Beit Lahia @ 31.55, 34.50 | PS-NGZ
Deir al-Balah; Deir el-Balah @ 31.42, 34.35 | PS-DEB
Nuseirat; Nuseirat camp @ 31.45, 34.39 | PS-DEB
Sinai; Sinai Peninsula; Sinai peninsula @ 29.50, 33.80 | EG
Darfur @ 13.50, 24.00 | SD
Kordofan @ 13.00, 30.00 | SD
Donbas; Donbass @ 48.00, 38.00 | UA
Kashmir; Kashmir Valley @ 34.08, 74.80 | IN-JK
Mindanao @ 7.50, 125.00 | PH
Misrata; Misurata; Misratah @ 32.38, 15.09 | LY-MI
Derna; Darnah @ 32.76, 22.64 | LY-DR
Termez; Termiz @ 37.22, 67.28 | UZ-SU
Khorog; Khorugh @ 37.49, 71.55 | TJ-GB
Dolo Ado; Dollo Ado @ 4.18, 42.05 | ET-SO
Dadaab; Dadaab camp @ 0.05, 40.31 | KE-07
Bosso @ 13.70, 13.31 | NE-2
Kolofata @ 11.17, 14.02 | CM-EN
~Mora; Mora town @ 11.05, 14.14 | CM-EN
Fotokol @ 12.37, 14.22 | CM-EN
Mozogo @ 11.08, 13.92 | CM-EN
Amchide; Amchidé @ 10.96, 14.05 | CM-EN
Kerawa @ 11.10, 13.83 | CM-EN
Limani @ 11.13, 14.08 | CM-EN
Tourou @ 10.91, 13.86 | CM-EN
Makary @ 12.58, 14.46 | CM-EN
Waza @ 11.40, 14.57 | CM-EN
Koza @ 10.87, 13.88 | CM-EN
Mayo-Tsanaga @ 10.90, 13.80 | CM-EN
Mayo-Sava @ 11.00, 14.10 | CM-EN
"""

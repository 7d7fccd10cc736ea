"""Somalia: regions, federal member states, and towns often in the news (approximate coordinates)."""

# ruff: noqa: E501  (one place a line: names, spellings, coordinates and province code stay together)

from __future__ import annotations

from agents.geo.data.types import Place, Province, parse_keyed

__all__ = ["PLACES", "PROVINCES", "STATES"]

PROVINCES: list[Province] = [
    Province("SO-AW", "Awdal", 10.60, 43.30, ("Awdal region",)),
    Province("SO-WO", "Woqooyi Galbeed", 9.60, 44.10, ("Maroodi Jeex", "Marodi Jeh", "Woqooyi Galbeed region")),
    Province("SO-TO", "Togdheer", 9.40, 45.50, ("Togdher", "Togdheer region")),
    Province("SO-SA", "Sanaag", 10.40, 47.70, ("Sanag", "Sanaag region")),
    Province("SO-SO", "Sool", 8.60, 47.40, ("Sool region", "Sol region")),
    Province("SO-BR", "Bari", 10.50, 49.50, ("Bari region",)),
    Province("SO-NU", "Nugaal", 8.20, 49.00, ("Nugal", "Nugaal region", "Nugal region")),
    Province("SO-MU", "Mudug", 6.50, 47.50, ("Mudug region",)),
    Province("SO-GA", "Galguduud", 5.20, 46.80, ("Galgadud", "Galgaduud", "Galguduud region")),
    Province("SO-HI", "Hiiraan", 4.30, 45.50, ("Hiran", "Hiraan", "Hiiraan region", "Hiran region")),
    Province("SO-SD", "Middle Shabelle", 2.90, 45.50, (
        "Shabeellaha Dhexe", "Middle Shabele", "Middle Shebelle", "Middle Shabelle region",
    )),
    Province("SO-BN", "Banadir", 2.05, 45.33, ("Benadir", "Banaadir", "Banadir region", "Benadir region")),
    Province("SO-SH", "Lower Shabelle", 1.90, 44.50, (
        "Shabeellaha Hoose", "Lower Shabele", "Lower Shebelle", "Lower Shabelle region",
    )),
    Province("SO-BY", "Bay", 2.70, 43.50, ("Bay region", "Bay province"), name_matched=False),
    Province("SO-BK", "Bakool", 4.30, 43.90, ("Bakol", "Bakool region")),
    Province("SO-GE", "Gedo", 3.50, 42.30, ("Gedo region",)),
    Province("SO-JD", "Middle Juba", 1.50, 42.60, ("Jubbada Dhexe", "Middle Jubba", "Middle Juba region")),
    Province("SO-JH", "Lower Juba", 0.20, 41.80, ("Jubbada Hoose", "Lower Jubba", "Lower Juba region")),
]

# Federal member states and Somaliland: no ISO code, matched as admin1 with admin1_code None.
STATES: list[Province] = [
    Province("", "Puntland", 8.40, 48.50, ("Puntland State",)),
    Province("", "Jubaland", 0.80, 42.20, ("Jubbaland", "Jubaland State")),
    Province("", "Somaliland", 9.80, 45.50, ()),
    Province("", "Galmudug", 5.80, 47.00, ("Galmudug State",)),
    Province("", "Hirshabelle", 3.60, 45.50, ("Hirshabelle State",)),
    Province("", "South West State", 3.00, 43.50, ("South West State of Somalia", "Southwest State")),
]

_MAJOR = """
Mogadishu; Muqdisho; Mogadiscio; Xamar @ 2.04, 45.34 | SO-BN
Kismayo; Kismaayo; Kismayu; Chisimaio @ -0.36, 42.55 | SO-JH
Baidoa; Baydhabo @ 3.12, 43.65 | SO-BY
Beledweyne; Beledweyn; Baladweyne; Belet Weyne; Beletweyne; Belet Weyn @ 4.74, 45.20 | SO-HI
Jowhar; Jawhar @ 2.78, 45.50 | SO-SD
Galkayo; Gaalkacyo @ 6.77, 47.43 | SO-MU
Garowe; Garoowe @ 8.41, 48.48 | SO-NU
Bosaso; Boosaaso; Bossaso @ 11.28, 49.18 | SO-BR
Hargeisa; Hargeysa @ 9.56, 44.06 | SO-WO
Berbera @ 10.44, 45.01 | SO-WO
Burao; Burco @ 9.52, 45.53 | SO-TO
Borama; Boorama @ 9.94, 43.18 | SO-AW
Las Anod; Laascaanood; Las Anood @ 8.48, 47.36 | SO-SO
Erigavo; Ceerigaabo @ 10.62, 47.37 | SO-SA
Dhusamareb; Dhuusamareeb; Dusamareb; Dhusa Mareb @ 5.54, 46.39 | SO-GA
"""

_TOWNS = """
Marka; Merca; Merka @ 1.72, 44.77 | SO-SH
Afgoye; Afgooye; Afgoi @ 2.14, 45.12 | SO-SH
Wanlaweyn; Wanla Weyn; Wanlaweyne @ 2.62, 44.89 | SO-SH
Qoryoley; Qoryooley @ 1.79, 44.53 | SO-SH
Barawe; Brava; Baraawe @ 1.11, 44.03 | SO-SH
Janale; Jannaale @ 1.80, 44.70 | SO-SH
Bulo Marer; Buulo Mareer @ 1.56, 44.28 | SO-SH
Sablale; Sablaale @ 1.26, 44.16 | SO-SH
Kurtunwarey; Kurtunwaarey @ 1.60, 44.33 | SO-SH
Awdheegle; Awdhegle @ 1.98, 44.84 | SO-SH
Elasha Biyaha; Ceelasha Biyaha @ 2.07, 45.22 | SO-SH
Balad; Balcad @ 2.36, 45.39 | SO-SD
Adale; Cadale @ 2.75, 46.32 | SO-SD
Adan Yabaal; Aadan Yabaal; Adan Yabal @ 3.37, 46.02 | SO-SD
Mahaday; Mahadaay @ 2.97, 45.53 | SO-SD
Guriel; Guri Ceel; Guri'el; Guriceel @ 5.31, 45.88 | SO-GA
Adado; Cadaado @ 6.14, 46.63 | SO-GA
El Bur; Ceel Buur; Elbur @ 4.68, 46.62 | SO-GA
El Dher; Ceel Dheer; El Dhere; El Dheer; Ceeldheer @ 3.86, 47.18 | SO-GA
Hobyo; Hobyo town @ 5.35, 48.53 | SO-MU
Harardhere; Xarardheere; Haradhere @ 4.65, 47.86 | SO-MU
Bulo Burte; Buulobarde; Bulobarde; Bulo Burde @ 3.85, 45.57 | SO-HI
Jalalaqsi; Jalalaqsi town @ 3.38, 45.60 | SO-HI
Mahas; Maxaas @ 4.41, 46.18 | SO-HI
Hudur; Xuddur; Huddur @ 4.12, 43.89 | SO-BK
Wajid; Waajid @ 3.81, 43.25 | SO-BK
Tiyeglow; Tieglow @ 4.02, 44.51 | SO-BK
El Barde; Ceel Barde; Elbarde @ 4.83, 43.65 | SO-BK
Garbaharey; Garbahaarey; Garbaharrey @ 3.33, 42.22 | SO-GE
Bardera; Baardheere; Bardhere @ 2.34, 42.28 | SO-GE
Luuq; Lugh @ 3.80, 42.54 | SO-GE
Beled Hawo; Beled Xaawo; Bulo Hawo; Beledhawo @ 3.93, 41.87 | SO-GE
Dolow; Doolow; Dolo @ 4.16, 42.08 | SO-GE
El Wak; Ceel Waaq; Elwak @ 2.80, 40.93 | SO-GE
Buale; Bu'aale; Bu'ale @ 1.08, 42.58 | SO-JD
Jilib @ 0.49, 42.77 | SO-JD
Saakow; Saakoow; Sakow @ 1.63, 42.44 | SO-JD
Jamame; Jamaame @ 0.07, 42.75 | SO-JH
Afmadow; Afmadoow; Afmadu @ 0.51, 42.07 | SO-JH
Dhobley; Dobley; Dhoobley @ 0.41, 41.01 | SO-JH
Badhadhe; Badhaadhe @ -0.99, 41.73 | SO-JH
Ras Kamboni; Raas Kaambooni; Ras Kamboni town @ -1.65, 41.58 | SO-JH
Burhakaba; Buurhakaba; Bur Hakaba; Burhakaba town @ 2.80, 44.08 | SO-BY
Dinsoor; Diinsoor; Dinsor @ 2.41, 42.98 | SO-BY
Qansax Dheere; Qansahdhere @ 2.70, 43.00 | SO-BY
Berdale; Berdaale @ 3.15, 43.70 | SO-BY
Eyl @ 7.98, 49.82 | SO-NU
Qardho; Qardo @ 9.50, 49.09 | SO-BR
Qandala; Qandala town @ 11.47, 49.87 | SO-BR
Galgala; Galgala mountains @ 10.90, 49.00 | SO-BR
Aden Adde International Airport; Mogadishu airport @ 2.01, 45.30 | SO-BN
Halane; Halane base; Halane camp @ 2.02, 45.30 | SO-BN
~Hodan; Hodan district @ 2.03, 45.31 | SO-BN
Wadajir; Wadajir district @ 2.02, 45.28 | SO-BN
~Karan; Karaan; Karaan district; Karan district @ 2.07, 45.36 | SO-BN
Bakara Market; Bakaara Market; Bakara market @ 2.05, 45.33 | SO-BN
Villa Somalia; Villa Somalia palace @ 2.04, 45.34 | SO-BN
Shingani; Shangani; Shingaani; Shingani district; Shangani district @ 2.03, 45.35 | SO-BN
Hamar Weyne; Hamarweyne; Xamar Weyne; Hamar Weyne district @ 2.04, 45.34 | SO-BN
Hamar Jajab; Hamarjajab; Xamar Jajab; Hamar Jajab district @ 2.03, 45.33 | SO-BN
Hawl Wadag; Howlwadaag; Hawlwadag; Hawl Wadag district @ 2.04, 45.33 | SO-BN
Wardhigley; Wardhiigleey; Wardhigley district @ 2.05, 45.34 | SO-BN
Yaqshid; Yaaqshiid; Yaqshid district @ 2.07, 45.35 | SO-BN
Bondhere; Boondheere; Bondhere district @ 2.05, 45.35 | SO-BN
Abdiaziz; Cabdicasiis; Abdiaziz district @ 2.05, 45.36 | SO-BN
Shibis; Shibis district @ 2.06, 45.35 | SO-BN
Waberi; Waaberi; Waberi district @ 2.03, 45.32 | SO-BN
Dharkenley; Dharkeynley; Dharkinley; Dharkenley district @ 2.01, 45.29 | SO-BN
Heliwa; Huriwa; Heliwa district @ 2.10, 45.38 | SO-BN
Dayniile; Deynile; Daynile; Dayniile district @ 2.07, 45.26 | SO-BN
Kahda; Kaxda; Kahda district @ 2.00, 45.26 | SO-BN
Warta Nabada; Wartanabada; Warta Nabada district @ 2.05, 45.33 | SO-BN
Zoobe junction; Zoobe; Zobe junction @ 2.05, 45.32 | SO-BN
Lido Beach; Lido beach @ 2.06, 45.37 | SO-BN
"""

PLACES: list[Place] = [
    *parse_keyed(_MAJOR, "place", major=True),
    *parse_keyed(_TOWNS, "place"),
]

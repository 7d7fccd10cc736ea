"""Syria: governorates, their capitals and towns often in the news (approximate coordinates)."""

# ruff: noqa: E501  (one place a line: names, spellings, coordinates and province code stay together)

from __future__ import annotations

from agents.geo.data.types import Place, Province, parse_keyed

__all__ = ["PLACES", "PROVINCES"]

PROVINCES: list[Province] = [
    Province("SY-DI", "Damascus", 33.51, 36.29, ("Dimashq", "Damascus governorate")),
    Province("SY-RD", "Rif Dimashq", 33.60, 36.80, (
        "Rural Damascus", "Damascus countryside", "Reef Damascus", "Rif Damascus", "Rif Dimashq", "Damascus Countryside",
        "Rif Dimashq governorate",
    )),
    Province("SY-HL", "Aleppo", 36.20, 37.60, ("Halab", "Haleb", "Aleppo governorate", "Aleppo province")),
    Province("SY-ID", "Idlib", 35.80, 36.60, ("Idleb", "Edlib", "Idlib province", "Idlib governorate")),
    Province("SY-HM", "Hama", 35.20, 37.00, ("Hamah", "Hama province")),
    Province("SY-HI", "Homs", 34.50, 38.00, ("Hims", "Homs province", "Homs governorate")),
    Province("SY-LA", "Latakia", 35.60, 36.00, ("Lattakia", "Al-Ladhiqiyah", "Ladhiqiyah", "Latakia province", "Lattaquie")),
    Province("SY-TA", "Tartus", 34.90, 36.10, ("Tartous", "Tartous province", "Tartus province")),
    Province("SY-RA", "Raqqa", 35.80, 38.90, ("Al-Raqqah", "Raqqah", "Ar-Raqqah", "ar-Raqqa", "Rakka", "al-Raqqa")),
    Province("SY-DY", "Deir ez-Zor", 35.00, 40.40, (
        "Deir al-Zour", "Deir el-Zour", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zor", "Deir ez Zor", "Deir Zor",
        "Deir az-Zor", "Deir Ez-Zor", "Deir Ezzor", "Deir el-Zor", "Deir Al-Zour", "Dayr al-Zawr", "Deirezzor",
    )),
    Province("SY-HA", "Hasakah", 36.60, 41.00, (
        "Al-Hasakah", "Hasaka", "Hassakeh", "Al-Hasaka", "Hasakeh", "Hassake", "al-Hassakeh", "Al-Hassakah",
    )),
    Province("SY-DR", "Daraa", 32.80, 36.20, ("Dar'a", "Deraa", "Dara'a", "Deraa province", "Daraa province")),
    Province("SY-SU", "Suwayda", 32.60, 36.80, ("As-Suwayda", "Sweida", "Suwaida", "Al-Suwayda", "Sweyda", "Soueida")),
    Province("SY-QU", "Quneitra", 33.10, 35.90, ("Al-Qunaytirah", "Kuneitra", "Qunaitra", "Qunaytirah")),
]

_MAJOR = """
Damascus; Dimashq @ 33.51, 36.29 | SY-DI
Aleppo; Halab; Haleb @ 36.20, 37.16 | SY-HL
Homs; Hims @ 34.73, 36.71 | SY-HI
Hama; Hamah @ 35.13, 36.75 | SY-HM
Idlib; Idleb; Edlib @ 35.93, 36.63 | SY-ID
Latakia; Lattakia; Latakiya @ 35.52, 35.78 | SY-LA
Tartus; Tartous @ 34.89, 35.89 | SY-TA
Raqqa; Raqqah; al-Raqqa; Ar-Raqqah; Rakka @ 35.95, 39.01 | SY-RA
Deir ez-Zor; Deir al-Zour; Deir el-Zour; Deir Ezzor; Deir al-Zor; Deir ez Zor; Deir Zor; Deir az-Zor @ 35.34, 40.14 | SY-DY
Hasakah; Al-Hasakah; Hasaka; Hassakeh; Hasakeh @ 36.50, 40.75 | SY-HA
Daraa; Dar'a; Deraa; Dara'a @ 32.62, 36.10 | SY-DR
Suwayda; As-Suwayda; Sweida; Suwaida @ 32.71, 36.57 | SY-SU
Quneitra; Kuneitra; Qunaitra @ 33.13, 35.82 | SY-QU
"""

_TOWNS = """
Qamishli; Qamishlo; al-Qamishli; Kamishli @ 37.05, 41.22 | SY-HA
Ras al-Ain; Ras al-Ayn; Serekaniye; Ras al Ain @ 36.85, 40.07 | SY-HA
Tal Tamr; Tel Tamr @ 36.65, 40.37 | SY-HA
Al-Hol; al-Hol; al-Hawl; Al-Hol camp; al-Hol camp @ 36.38, 41.15 | SY-HA
Shaddadi; al-Shaddadi; Shadadi @ 36.06, 40.73 | SY-HA
Malikiyah; Derik; al-Malikiyah @ 37.17, 42.13 | SY-HA
Kobani; Kobane; Ain al-Arab; Ayn al-Arab @ 36.89, 38.35 | SY-HL
Manbij; Menbij @ 36.53, 37.95 | SY-HL
Al-Bab; al-Bab @ 36.37, 37.52 | SY-HL
Azaz; A'zaz; Aazaz; Izaz @ 36.59, 37.05 | SY-HL
Afrin; Efrin; Afrine @ 36.51, 36.87 | SY-HL
Jarablus; Jarabulus @ 36.82, 38.01 | SY-HL
Tal Rifaat; Tel Rifaat; Tell Rifaat @ 36.47, 37.10 | SY-HL
Nubl; Nubul @ 36.37, 36.99 | SY-HL
Maarat al-Numan; Maarrat al-Numan; Maarat al-Nouman; Maaret al-Numan; Maarat al-Nu'man; Maarrat al-Nu'man @ 35.65, 36.68 | SY-ID
Saraqeb; Saraqib @ 35.86, 36.80 | SY-ID
Khan Sheikhoun; Khan Shaykhun; Khan Sheikhun; Khan Shaykhoun @ 35.44, 36.65 | SY-ID
Jisr al-Shughur; Jisr ash-Shughur; Jisr al-Shugour; Jisr al-Shoghour @ 35.81, 36.32 | SY-ID
Ariha @ 35.81, 36.61 | SY-ID
Sarmada @ 36.18, 36.72 | SY-ID
Atmeh; Atma @ 36.22, 36.68 | SY-ID
Bab al-Hawa; Bab al-Hawa crossing @ 36.23, 36.67 | SY-ID
Kafranbel; Kafr Nabl @ 35.61, 36.56 | SY-ID
Douma @ 33.57, 36.40 | SY-RD
Eastern Ghouta; East Ghouta; Ghouta; eastern Ghouta @ 33.55, 36.45 | SY-RD
Darayya; Daraya @ 33.46, 36.24 | SY-RD
Zabadani; al-Zabadani @ 33.72, 36.10 | SY-RD
Harasta @ 33.56, 36.37 | SY-RD
Moadamiyeh; Muadamiyat al-Sham; Moadamiya @ 33.46, 36.19 | SY-RD
Madaya @ 33.69, 36.10 | SY-RD
Wadi Barada @ 33.63, 36.15 | SY-RD
Damascus International Airport; Damascus airport; Damascus Airport @ 33.41, 36.52 | SY-RD
Kisweh; Kiswah; al-Kiswah; al-Kisweh @ 33.36, 36.24 | SY-RD
Sayyida Zeinab; Sayyida Zaynab; Sayida Zeinab; Sayyidah Zaynab @ 33.44, 36.34 | SY-RD
Jobar; Jobar district @ 33.53, 36.33 | SY-DI
Yarmouk; Yarmouk camp; Yarmuk @ 33.47, 36.30 | SY-DI
Mezzeh; Mazzeh; Mezze @ 33.50, 36.25 | SY-DI
Palmyra; Tadmur; Tadmor @ 34.55, 38.27 | SY-HI
Qusayr; al-Qusayr; Qusair @ 34.51, 36.58 | SY-HI
Rastan; al-Rastan; Ar-Rastan @ 34.93, 36.73 | SY-HI
Talbiseh; Talbisah @ 34.84, 36.73 | SY-HI
Tanf; al-Tanf; Al-Tanf @ 33.50, 38.67 | SY-HI
Rukban; al-Rukban; Rukban camp @ 33.32, 38.70 | SY-HI
Shayrat; Shayrat airbase; Shayrat air base; al-Shayrat @ 34.49, 36.91 | SY-HI
Tabqa; al-Tabqa; Tabqah; Al-Thawrah @ 35.83, 38.55 | SY-RA
Tal Abyad; Tell Abyad; Tel Abyad @ 36.70, 38.95 | SY-RA
Ain Issa; Ayn Issa; Ain Eissa @ 36.39, 38.86 | SY-RA
Mayadin; al-Mayadin; Mayadeen; al-Mayadeen @ 35.02, 40.45 | SY-DY
Albu Kamal; Abu Kamal; Boukamal; Al-Bukamal; Bukamal; al-Bukamal @ 34.45, 40.92 | SY-DY
Hajin @ 34.69, 40.83 | SY-DY
Baghouz; al-Baghouz; Baghuz @ 34.47, 40.95 | SY-DY
Salamiyah; Salamiyeh; Salamiya @ 35.01, 37.05 | SY-HM
Masyaf; Misyaf @ 35.07, 36.34 | SY-HM
Suqaylabiyah; Suqaylabiya @ 35.37, 36.39 | SY-HM
Mhardeh; Mahardah; Muhradah @ 35.25, 36.57 | SY-HM
Latamneh; al-Latamneh @ 35.32, 36.62 | SY-HM
Qardaha; al-Qardaha @ 35.45, 36.06 | SY-LA
Jableh; Jabla; Jablah @ 35.36, 35.93 | SY-LA
Hmeimim; Khmeimim; Hmeimim air base; Hmeimim airbase @ 35.41, 35.95 | SY-LA
Kessab; Kasab @ 35.92, 35.99 | SY-LA
Baniyas; Banias @ 35.18, 35.94 | SY-TA
Safita @ 34.82, 36.12 | SY-TA
Bosra; Busra al-Sham; Bosra al-Sham; Busra @ 32.52, 36.48 | SY-DR
Tafas @ 32.74, 35.99 | SY-DR
Inkhil; Inkhel @ 33.01, 36.13 | SY-DR
Sanamayn; al-Sanamayn @ 33.07, 36.18 | SY-DR
Izra; Izraa @ 32.86, 36.25 | SY-DR
Jasim; Jassem @ 32.99, 36.06 | SY-DR
Nasib; Nassib; Nasib crossing @ 32.55, 36.20 | SY-DR
Shahba @ 32.86, 36.63 | SY-SU
"""

PLACES: list[Place] = [
    *parse_keyed(_MAJOR, "place", major=True),
    *parse_keyed(_TOWNS, "place"),
]

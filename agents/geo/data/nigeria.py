"""Nigeria: 36 states and the FCT, state capitals, and towns or LGAs often in the news (approximate coordinates)."""

# ruff: noqa: E501  (one place a line: names, spellings, coordinates and province code stay together)

from __future__ import annotations

from agents.geo.data.types import Place, Province, parse_keyed

__all__ = ["PLACES", "PROVINCES"]

PROVINCES: list[Province] = [
    Province("NG-AB", "Abia", 5.45, 7.52, ("Abia State",)),
    Province("NG-AD", "Adamawa", 9.33, 12.40, ("Adamawa State",)),
    Province("NG-AK", "Akwa Ibom", 4.91, 7.85, ("Akwa Ibom State",)),
    Province("NG-AN", "Anambra", 6.22, 6.94, ("Anambra State",)),
    Province("NG-BA", "Bauchi", 10.78, 9.99, ("Bauchi State",)),
    Province("NG-BY", "Bayelsa", 4.77, 6.07, ("Bayelsa State",)),
    Province("NG-BE", "Benue", 7.34, 8.74, ("Benue State",)),
    Province("NG-BO", "Borno", 11.88, 13.15, ("Bornu", "Borno State", "Bornu State")),
    Province("NG-CR", "Cross River", 5.87, 8.60, ("Cross River State",)),
    Province("NG-DE", "Delta", 5.70, 5.93, ("Delta State",), name_matched=False),
    Province("NG-EB", "Ebonyi", 6.26, 8.01, ("Ebonyi State",)),
    Province("NG-ED", "Edo", 6.63, 5.93, ("Edo State",)),
    Province("NG-EK", "Ekiti", 7.72, 5.31, ("Ekiti State",)),
    Province("NG-EN", "Enugu", 6.54, 7.44, ("Enugu State",)),
    Province("NG-FC", "Federal Capital Territory", 8.89, 7.19, (
        "FCT", "Abuja Federal Capital Territory", "Federal Capital Territory of Nigeria",
    )),
    Province("NG-GO", "Gombe", 10.36, 11.19, ("Gombe State",)),
    Province("NG-IM", "Imo", 5.57, 7.06, ("Imo State",)),
    Province("NG-JI", "Jigawa", 12.23, 9.56, ("Jigawa State",)),
    Province("NG-KD", "Kaduna", 10.38, 7.71, ("Kaduna State",)),
    Province("NG-KN", "Kano", 11.75, 8.52, ("Kano State",)),
    Province("NG-KT", "Katsina", 12.38, 7.63, ("Katsina State",)),
    Province("NG-KE", "Kebbi", 11.49, 4.23, ("Kebbi State",)),
    Province("NG-KO", "Kogi", 7.73, 6.69, ("Kogi State",)),
    Province("NG-KW", "Kwara", 8.97, 4.39, ("Kwara State",)),
    Province("NG-LA", "Lagos", 6.52, 3.38, ("Lagos State",)),
    Province("NG-NA", "Nasarawa", 8.54, 8.32, ("Nassarawa", "Nasarawa State")),
    Province("NG-NI", "Niger", 9.93, 5.60, ("Niger State",), name_matched=False),
    Province("NG-OG", "Ogun", 6.99, 3.47, ("Ogun State",)),
    Province("NG-ON", "Ondo", 7.10, 5.05, ("Ondo State",)),
    Province("NG-OS", "Osun", 7.56, 4.52, ("Osun State",)),
    Province("NG-OY", "Oyo", 8.16, 3.61, ("Oyo State",)),
    Province("NG-PL", "Plateau", 9.22, 9.52, ("Plateau State",), name_matched=False),
    Province("NG-RI", "Rivers", 4.84, 6.91, ("Rivers State",), name_matched=False),
    Province("NG-SO", "Sokoto", 13.00, 5.30, ("Sokoto State",)),
    Province("NG-TA", "Taraba", 7.99, 10.77, ("Taraba State",)),
    Province("NG-YO", "Yobe", 12.29, 11.44, ("Yobe State",)),
    Province("NG-ZA", "Zamfara", 12.12, 6.22, ("Zamfara State",)),
]

_MAJOR = """
Lagos @ 6.45, 3.39 | NG-LA
Abuja @ 9.06, 7.49 | NG-FC
Kano @ 12.00, 8.52 | NG-KN
Kaduna @ 10.52, 7.44 | NG-KD
Maiduguri; Maidugri @ 11.85, 13.16 | NG-BO
Damaturu @ 11.75, 11.96 | NG-YO
Yola @ 9.20, 12.48 | NG-AD
Bauchi @ 10.31, 9.84 | NG-BA
Gombe @ 10.29, 11.17 | NG-GO
Katsina @ 12.99, 7.60 | NG-KT
Sokoto @ 13.06, 5.24 | NG-SO
Gusau @ 12.16, 6.66 | NG-ZA
Birnin Kebbi @ 12.45, 4.20 | NG-KE
Dutse @ 11.76, 9.34 | NG-JI
Jos @ 9.90, 8.86 | NG-PL
Makurdi @ 7.73, 8.54 | NG-BE
Lafia @ 8.49, 8.52 | NG-NA
Minna @ 9.61, 6.56 | NG-NI
Lokoja @ 7.80, 6.74 | NG-KO
Ilorin @ 8.50, 4.55 | NG-KW
Jalingo @ 8.89, 11.36 | NG-TA
Ibadan @ 7.38, 3.95 | NG-OY
Abeokuta @ 7.16, 3.35 | NG-OG
Akure @ 7.25, 5.19 | NG-ON
Osogbo; Oshogbo @ 7.77, 4.56 | NG-OS
Ado-Ekiti; Ado Ekiti @ 7.62, 5.22 | NG-EK
Benin City @ 6.34, 5.63 | NG-ED
Asaba @ 6.20, 6.73 | NG-DE
Port Harcourt @ 4.82, 7.03 | NG-RI
Yenagoa @ 4.92, 6.26 | NG-BY
Uyo @ 5.04, 7.91 | NG-AK
Calabar @ 4.95, 8.32 | NG-CR
Umuahia @ 5.53, 7.49 | NG-AB
Owerri @ 5.48, 7.03 | NG-IM
Awka @ 6.21, 7.07 | NG-AN
Enugu @ 6.45, 7.51 | NG-EN
Abakaliki @ 6.32, 8.11 | NG-EB
"""

_TOWNS = """
Bama @ 11.52, 13.69 | NG-BO
Gwoza @ 11.08, 13.69 | NG-BO
Konduga @ 11.65, 13.42 | NG-BO
Dikwa @ 12.03, 13.92 | NG-BO
Monguno; Mongonu @ 12.67, 13.61 | NG-BO
Baga @ 13.12, 13.84 | NG-BO
Damboa @ 11.16, 12.76 | NG-BO
Chibok @ 10.87, 12.85 | NG-BO
Biu @ 10.61, 12.19 | NG-BO
Gamboru; Gamboru Ngala; Gamboru-Ngala @ 12.37, 14.21 | NG-BO
Ngala @ 12.34, 14.18 | NG-BO
Kukawa @ 12.92, 13.57 | NG-BO
Marte @ 12.36, 13.83 | NG-BO
Mafa @ 11.92, 13.60 | NG-BO
Jere @ 11.90, 13.20 | NG-BO
Dalori; Dalori camp @ 11.78, 13.21 | NG-BO
Rann @ 12.27, 14.47 | NG-BO
Malam Fatori; Mallam Fatori @ 13.68, 13.34 | NG-BO
Askira; Askira Uba @ 10.65, 12.91 | NG-BO
Sambisa; Sambisa Forest; Sambisa forest @ 11.30, 13.50 | NG-BO
Buni Yadi @ 11.26, 12.00 | NG-YO
Potiskum @ 11.71, 11.08 | NG-YO
Geidam @ 12.89, 11.93 | NG-YO
Dapchi @ 12.48, 11.50 | NG-YO
Gujba @ 11.50, 11.93 | NG-YO
Nguru @ 12.88, 10.45 | NG-YO
Gashua @ 12.87, 11.05 | NG-YO
Mubi @ 10.27, 13.27 | NG-AD
Madagali @ 10.89, 13.63 | NG-AD
Michika @ 10.62, 13.39 | NG-AD
Zaria @ 11.07, 7.71 | NG-KD
Kafanchan @ 9.58, 8.29 | NG-KD
Southern Kaduna @ 9.80, 8.20 | NG-KD
Birnin Gwari @ 10.66, 6.54 | NG-KD
Kajuru @ 10.32, 7.68 | NG-KD
Anka @ 12.11, 5.93 | NG-ZA
Maru @ 12.33, 6.40 | NG-ZA
Tsafe @ 11.96, 6.92 | NG-ZA
Zurmi @ 12.78, 6.79 | NG-ZA
Shinkafi @ 13.07, 6.50 | NG-ZA
Kaura Namoda @ 12.59, 6.59 | NG-ZA
Jangebe @ 12.35, 6.42 | NG-ZA
Sabon Birni @ 13.57, 6.24 | NG-SO
Goronyo @ 13.44, 5.67 | NG-SO
Illela @ 13.73, 5.30 | NG-SO
Batsari @ 12.75, 7.25 | NG-KT
Jibia @ 13.09, 7.23 | NG-KT
Kankara @ 11.93, 7.41 | NG-KT
Faskari @ 11.70, 7.03 | NG-KT
Dutsin-Ma; Dutsinma; Dutsin Ma @ 12.45, 7.50 | NG-KT
Funtua @ 11.52, 7.31 | NG-KT
Daura @ 13.03, 8.32 | NG-KT
Kagara @ 10.19, 6.26 | NG-NI
Shiroro @ 9.97, 6.83 | NG-NI
Kontagora @ 10.40, 5.47 | NG-NI
Suleja @ 9.18, 7.18 | NG-NI
Kuje @ 8.88, 7.23 | NG-FC
Bwari @ 9.28, 7.38 | NG-FC
Agatu @ 7.85, 7.88 | NG-BE
Guma @ 7.85, 8.55 | NG-BE
Bokkos @ 9.30, 8.99 | NG-PL
Barkin Ladi @ 9.53, 8.90 | NG-PL
Riyom @ 9.64, 8.76 | NG-PL
Mangu @ 9.52, 9.10 | NG-PL
Wase @ 9.09, 9.96 | NG-PL
Owo @ 7.20, 5.59 | NG-ON
Ikeja @ 6.60, 3.35 | NG-LA
Lekki @ 6.44, 3.55 | NG-LA
Onitsha @ 6.15, 6.79 | NG-AN
Nnewi @ 6.02, 6.92 | NG-AN
Aba @ 5.11, 7.37 | NG-AB
Warri @ 5.52, 5.75 | NG-DE
"""

PLACES: list[Place] = [
    *parse_keyed(_MAJOR, "place", major=True),
    *parse_keyed(_TOWNS, "place"),
]

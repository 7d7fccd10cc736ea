"""Pakistan: provinces and territories, major cities, and districts or former agencies often in the news.

Coordinates are approximate; districts without their own fall back to the province centroid.
"""

# ruff: noqa: E501  (one place a line: names, spellings, coordinates and province code stay together)

from __future__ import annotations

from agents.geo.data.types import Place, Province, parse_keyed, parse_places

__all__ = ["PLACES", "PROVINCES"]

PROVINCES: list[Province] = [
    Province("PK-BA", "Balochistan", 28.50, 65.10, ("Baluchistan", "Baluchestan", "Balochestan")),
    Province("PK-KP", "Khyber Pakhtunkhwa", 34.50, 72.00, (
        "Khyber-Pakhtunkhwa", "Khyber Pakhtoonkhwa", "Khyber Pukhtunkhwa", "Pakhtunkhwa", "KP", "KPK", "NWFP",
        "North-West Frontier Province", "North West Frontier Province", "North-West Frontier", "N.W.F.P.",
    )),
    Province("PK-PB", "Punjab", 31.20, 72.70, ("Punjab province", "Pakistani Punjab")),
    Province("PK-SD", "Sindh", 26.00, 68.80, ("Sind",)),
    Province("PK-IS", "Islamabad Capital Territory", 33.70, 73.05, ("ICT", "Islamabad Capital Territory")),
    Province("PK-GB", "Gilgit-Baltistan", 35.80, 74.90, ("Gilgit Baltistan", "Northern Areas")),
    Province("PK-JK", "Azad Kashmir", 33.90, 73.80, (
        "Azad Jammu and Kashmir", "Azad Jammu & Kashmir", "AJK", "Pakistan-administered Kashmir",
        "Pakistani Kashmir",
    )),
]

_MAJOR = """
Karachi @ 24.86, 67.01 | PK-SD
Lahore @ 31.55, 74.34 | PK-PB
Islamabad @ 33.69, 73.06 | PK-IS
Rawalpindi; Pindi @ 33.60, 73.04 | PK-PB
Peshawar @ 34.01, 71.58 | PK-KP
Quetta @ 30.18, 66.99 | PK-BA
Faisalabad; Lyallpur @ 31.42, 73.08 | PK-PB
Multan @ 30.20, 71.47 | PK-PB
Hyderabad @ 25.39, 68.37 | PK-SD
Gujranwala @ 32.16, 74.19 | PK-PB
Sialkot @ 32.49, 74.53 | PK-PB
Sukkur @ 27.70, 68.86 | PK-SD
Larkana @ 27.56, 68.21 | PK-SD
Bahawalpur @ 29.40, 71.68 | PK-PB
Mardan @ 34.20, 72.05 | PK-KP
Mingora; Mingaora @ 34.78, 72.36 | PK-KP
Abbottabad @ 34.15, 73.21 | PK-KP
Kohat @ 33.59, 71.44 | PK-KP
Bannu @ 32.99, 70.60 | PK-KP
Dera Ismail Khan; D.I. Khan; DI Khan; D I Khan; Dera Ismail @ 31.83, 70.90 | PK-KP
Dera Ghazi Khan; D.G. Khan; DG Khan @ 30.05, 70.63 | PK-PB
Gwadar @ 25.12, 62.33 | PK-BA
Turbat @ 26.00, 63.05 | PK-BA
Khuzdar @ 27.81, 66.61 | PK-BA
Chaman @ 30.92, 66.45 | PK-BA
Zhob @ 31.34, 69.45 | PK-BA
Sibi @ 29.54, 67.88 | PK-BA
Mastung @ 29.80, 66.85 | PK-BA
Gilgit @ 35.92, 74.31 | PK-GB
Skardu @ 35.30, 75.63 | PK-GB
Muzaffarabad @ 34.37, 73.47 | PK-JK
Parachinar @ 33.90, 70.10 | PK-KP
Miranshah; Miram Shah; Miramshah; Miran Shah @ 33.00, 70.07 | PK-KP
Wana @ 32.30, 69.57 | PK-KP
Landi Kotal @ 34.10, 71.14 | PK-KP
Jamrud @ 34.00, 71.38 | PK-KP
Darra Adam Khel; Dara Adam Khel @ 33.67, 71.50 | PK-KP
Lakki Marwat @ 32.61, 70.91 | PK-KP
Charsadda @ 34.15, 71.73 | PK-KP
Nowshera @ 34.02, 71.98 | PK-KP
Swabi @ 34.12, 72.47 | PK-KP
Chitral @ 35.85, 71.79 | PK-KP
Timergara @ 34.83, 71.84 | PK-KP
Hangu @ 33.53, 71.06 | PK-KP
Karak @ 33.12, 71.09 | PK-KP
Mansehra @ 34.33, 73.20 | PK-KP
Mir Ali @ 32.98, 70.27 | PK-KP
Razmak @ 32.69, 69.86 | PK-KP
Jacobabad @ 28.28, 68.44 | PK-SD
Nawabshah; Shaheed Benazirabad @ 26.24, 68.41 | PK-SD
Sargodha @ 32.08, 72.67 | PK-PB
Mianwali @ 32.58, 71.54 | PK-PB
Attock @ 33.77, 72.36 | PK-PB
Jhelum @ 32.93, 73.73 | PK-PB
Rahim Yar Khan @ 28.42, 70.30 | PK-PB
"""

# Neighbourhoods and landmarks of the big cities (admin2 is the city).
_KARACHI = """
Lyari; Lyari Town @ 24.86, 66.99
Orangi Town; Orangi @ 24.95, 67.01
Korangi @ 24.83, 67.13
Clifton @ 24.81, 67.03
Saddar @ 24.86, 67.02
Baldia Town @ 24.92, 66.96
Gulshan-e-Iqbal; Gulshan-e Iqbal @ 24.92, 67.09
Sohrab Goth @ 24.95, 67.09
Jinnah International Airport; Karachi airport @ 24.90, 67.16
"""
_QUETTA = """
Hazara Town @ 30.18, 66.93
Mariabad; Hazara Mariabad @ 30.20, 67.03
"""
_PESHAWAR = """
Hayatabad @ 33.98, 71.44
Qissa Khwani; Qissa Khwani Bazaar @ 34.01, 71.57
Peshawar Cantonment; Peshawar Cantt @ 34.00, 71.53
"""
_LAHORE = """
Model Town Lahore @ 31.48, 74.32
Anarkali; Anarkali Bazaar @ 31.57, 74.31
Data Darbar @ 31.58, 74.31
"""

_DISTRICTS = """
North Waziristan; N. Waziristan; North Waziristan Agency; North Waziristan tribal district @ 32.98, 70.07 | PK-KP
South Waziristan; S. Waziristan; South Waziristan Agency; South Waziristan tribal district @ 32.30, 69.60 | PK-KP
Waziristan @ 32.60, 69.80 | PK-KP
Khyber; Khyber Agency; Khyber tribal district; Khyber district @ 34.00, 71.20 | PK-KP
Bajaur; Bajaur Agency; Bajour; Bajaur tribal district @ 34.73, 71.50 | PK-KP
Mohmand; Mohmand Agency; Momand Agency @ 34.50, 71.30 | PK-KP
Kurram; Kurram Agency; Kurram tribal district @ 33.70, 70.20 | PK-KP
Orakzai; Orakzai Agency; Orakzai tribal district @ 33.67, 70.95 | PK-KP
Federally Administered Tribal Areas; FATA; Pakistani tribal areas; tribal areas of Pakistan @ 33.00, 70.50 | PK-KP
Swat; Swat valley; Swat Valley; Swat district @ 35.20, 72.40 | PK-KP
Lower Dir; Dir Lower @ 34.85, 71.85 | PK-KP
Upper Dir; Dir Upper @ 35.30, 72.00 | PK-KP
Malakand; Malakand division @ 34.56, 71.93 | PK-KP
Buner @ 34.50, 72.50 | PK-KP
Shangla @ 34.90, 72.65 | PK-KP
~Tank; Tank district @ 32.22, 70.38 | PK-KP
Battagram @ 34.68, 73.02 | PK-KP
Torghar @ 34.55, 72.80 | PK-KP
~Kohistan; Kohistan district @ 35.20, 73.10 | PK-KP
Frontier Regions; Frontier Region @ 32.80, 70.60 | PK-KP
Kech @ 26.00, 63.05 | PK-BA
Panjgur @ 26.97, 64.09 | PK-BA
Awaran @ 26.45, 65.23 | PK-BA
Kalat @ 29.03, 66.59 | PK-BA
Lasbela; Las Bela @ 26.23, 66.31 | PK-BA
Nushki @ 29.55, 66.02 | PK-BA
Chagai; Chaghi @ 29.30, 64.70 | PK-BA
Kharan @ 28.58, 65.42 | PK-BA
Washuk @ 27.73, 64.80 | PK-BA
Pishin @ 30.58, 66.99 | PK-BA
Killa Abdullah; Qila Abdullah; Qilla Abdullah @ 30.73, 66.64 | PK-BA
Killa Saifullah; Qila Saifullah @ 30.70, 68.36 | PK-BA
Loralai @ 30.37, 68.60 | PK-BA
~Musakhel; Musakhel district @ 30.86, 69.82 | PK-BA
Barkhan @ 29.90, 69.53 | PK-BA
Kohlu @ 29.90, 69.25 | PK-BA
Dera Bugti @ 29.03, 69.15 | PK-BA
Nasirabad; Naseerabad @ 28.38, 68.35 | PK-BA
Jaffarabad; Jafarabad @ 28.30, 68.20 | PK-BA
Jhal Magsi @ 28.28, 67.45 | PK-BA
Harnai @ 30.10, 67.94 | PK-BA
Ziarat @ 30.38, 67.73 | PK-BA
Sherani @ 31.50, 69.80 | PK-BA
Duki @ 30.15, 68.57 | PK-BA
Kachhi; Bolan @ 29.20, 67.50 | PK-BA
~Hub; Hub district; Hub city @ 25.05, 66.90 | PK-BA
Thatta @ 24.75, 67.92 | PK-SD
Mirpur Khas; Mirpurkhas @ 25.53, 69.01 | PK-SD
Shikarpur @ 27.96, 68.64 | PK-SD
Tharparkar; Thar @ 24.90, 70.20 | PK-SD
"""

# Other towns, valleys and landmarks in the news (province in the last column).
_TOWNS = """
Gomal; Gomal valley; Gomal Zam @ 32.10, 70.10 | PK-KP
"""

PLACES: list[Place] = [
    *parse_keyed(_MAJOR, "place", major=True),
    *parse_keyed(_TOWNS, "place"),
    *parse_keyed(_DISTRICTS, "admin2"),
    *parse_places("PK-SD", "place", _KARACHI, admin2="Karachi"),
    *parse_places("PK-BA", "place", _QUETTA, admin2="Quetta"),
    *parse_places("PK-KP", "place", _PESHAWAR, admin2="Peshawar"),
    *parse_places("PK-PB", "place", _LAHORE, admin2="Lahore"),
]

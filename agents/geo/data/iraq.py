"""Iraq: governorates, major cities and towns often in the news (approximate coordinates)."""

# ruff: noqa: E501  (one place a line: names, spellings, coordinates and province code stay together)

from __future__ import annotations

from agents.geo.data.types import Place, Province, parse_keyed

__all__ = ["PLACES", "PROVINCES"]

PROVINCES: list[Province] = [
    Province("IQ-BG", "Baghdad", 33.30, 44.40, ("Baghdad governorate",)),
    Province("IQ-AN", "Anbar", 33.40, 42.00, ("Al Anbar", "Al-Anbar", "al-Anbar", "Anbar province")),
    Province("IQ-NI", "Nineveh", 36.20, 42.50, ("Ninawa", "Ninewa", "Ninevah", "Nineva", "Niniveh", "Ninawah")),
    Province("IQ-SD", "Salahuddin", 34.50, 43.60, (
        "Salah al-Din", "Salah ad-Din", "Salah ad Din", "Salah al Din", "Salaheddin", "Salahaddin", "Saladin",
        "Salah el-Din", "Salahudin", "Salah al-Deen",
    )),
    Province("IQ-DI", "Diyala", 33.90, 45.00, ("Diyalah", "Diyala province")),
    Province("IQ-KI", "Kirkuk", 35.40, 44.20, ("Al-Tamim", "At Ta'mim")),
    Province("IQ-AR", "Erbil", 36.20, 44.00, ("Arbil", "Irbil", "Hawler", "Hewler")),
    Province("IQ-DA", "Dohuk", 36.90, 43.00, ("Duhok", "Dahuk", "Dihok", "Dohok")),
    Province("IQ-SU", "Sulaymaniyah", 35.60, 45.40, (
        "Sulaimaniyah", "Sulaimaniya", "Suleimaniyah", "Sulaymaniya", "Slemani", "Sulaimani", "Suleimani",
        "Sulaymaniyya",
    )),
    Province("IQ-KR", "Kurdistan Region", 36.20, 44.20, (
        "Kurdistan", "Kurdistan region", "Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdistan Regional Government",
        "KRG", "KRI",
    )),
    Province("IQ-BB", "Babil", 32.50, 44.50, ("Babylon province",)),
    Province("IQ-KA", "Karbala", 32.60, 43.80, ("Kerbala", "Karbalaa")),
    Province("IQ-NA", "Najaf", 31.00, 43.50, ("An Najaf", "Al-Najaf")),
    Province("IQ-WA", "Wasit", 32.60, 45.80, ("Wassit", "Wasit province")),
    Province("IQ-QA", "Qadisiyah", 31.90, 45.00, ("Al-Qadisiyah", "Qadisiyyah", "Al-Qadisiyyah", "Diwaniyah province")),
    Province("IQ-MU", "Muthanna", 30.30, 45.30, ("Al Muthanna", "Al-Muthanna", "Muthana")),
    Province("IQ-DQ", "Dhi Qar", 31.10, 46.30, ("Thi Qar", "Dhi-Qar", "Zi Qar")),
    Province("IQ-MA", "Maysan", 31.90, 47.10, ("Missan", "Maysan province", "Misan")),
    Province("IQ-BA", "Basra", 30.40, 47.40, ("Basrah", "Al Basrah", "Al-Basra", "Basra province")),
]

_MAJOR = """
Baghdad @ 33.31, 44.37 | IQ-BG
Mosul; al-Mosul; Mawsil; Al Mawsil @ 36.34, 43.13 | IQ-NI
Basra; Basrah; al-Basra @ 30.51, 47.81 | IQ-BA
Kirkuk; Kerkuk @ 35.47, 44.39 | IQ-KI
Erbil; Arbil; Irbil; Hawler @ 36.19, 44.01 | IQ-AR
Sulaymaniyah; Sulaimaniyah; Sulaimaniya; Suleimaniyah; Slemani @ 35.56, 45.43 | IQ-SU
Dohuk; Duhok; Dahuk @ 36.87, 42.99 | IQ-DA
Fallujah; Falluja; al-Fallujah; Faluja @ 33.35, 43.78 | IQ-AN
Ramadi; al-Ramadi; Ar Ramadi @ 33.42, 43.30 | IQ-AN
Tikrit; Tekrit @ 34.60, 43.68 | IQ-SD
Samarra @ 34.20, 43.87 | IQ-SD
Baiji; Beiji; Bayji @ 34.93, 43.49 | IQ-SD
Baqubah; Baquba; Baqouba; Baaquba; Baqubah city @ 33.75, 44.64 | IQ-DI
Najaf; al-Najaf @ 32.00, 44.34 | IQ-NA
Karbala; Kerbala @ 32.62, 44.02 | IQ-KA
Hillah; Hilla; al-Hilla; al-Hillah @ 32.48, 44.42 | IQ-BB
Kut; al-Kut; Al Kut @ 32.51, 45.82 | IQ-WA
Diwaniyah; Diwaniya; al-Diwaniyah @ 31.99, 44.93 | IQ-QA
Nasiriyah; Nasiriya; Nassiriya; al-Nasiriyah @ 31.05, 46.26 | IQ-DQ
Amarah; al-Amarah; Amara @ 31.84, 47.14 | IQ-MA
Samawah; Samawa; al-Samawah @ 31.31, 45.28 | IQ-MU
"""

_TOWNS = """
Tal Afar; Tall Afar; Telafar; Tel Afar @ 36.38, 42.45 | IQ-NI
Sinjar; Shingal @ 36.32, 41.87 | IQ-NI
Qaim; al-Qaim; Al Qaim; Al-Qaim @ 34.37, 41.10 | IQ-AN
Haditha; Hadithah @ 34.14, 42.38 | IQ-AN
~Hit; Hit district; town of Hit @ 33.64, 42.83 | IQ-AN
Rutba; al-Rutba; Rutbah @ 33.04, 40.28 | IQ-AN
Hawija; Hawijah; al-Hawija @ 35.33, 43.77 | IQ-KI
Tuz Khurmatu; Tuz Khormato; Tuz Khurmato; Tuz @ 34.89, 44.63 | IQ-SD
Khanaqin; Khanaqeen @ 34.35, 45.39 | IQ-DI
Muqdadiyah; Miqdadiya; Muqdadiya; Miqdadiyah @ 33.98, 44.94 | IQ-DI
Balad; Balad air base @ 34.01, 44.15 | IQ-SD
Dujail; Dujayl @ 33.94, 44.23 | IQ-SD
Abu Ghraib; Abu Ghurayb @ 33.29, 44.07 | IQ-BG
Taji; al-Taji; Camp Taji @ 33.53, 44.27 | IQ-BG
Sadr City; al-Sadr City @ 33.39, 44.46 | IQ-BG
Kadhimiya; Kazimiyah; Kadhimiyah; Kazimiya @ 33.38, 44.34 | IQ-BG
Adhamiya; Adhamiyah; Azamiyah @ 33.37, 44.36 | IQ-BG
Mahmudiyah; Mahmudiya @ 33.06, 44.36 | IQ-BG
Yusufiyah; Yusifiyah @ 33.06, 44.24 | IQ-BG
Latifiyah; Latifiya @ 33.00, 44.20 | IQ-BG
Tarmiyah; Tarmiya @ 33.67, 44.39 | IQ-BG
Jurf al-Sakhar; Jurf al-Nasr; Jurf al Sakhar @ 32.88, 44.17 | IQ-BB
Musayyib; al-Musayyib; Musaib @ 32.78, 44.29 | IQ-BB
Iskandariyah; Iskandariya @ 32.89, 44.35 | IQ-BB
Qayyarah; Qayara; Qayyara @ 35.80, 43.29 | IQ-NI
Makhmour; Makhmur @ 35.78, 43.58 | IQ-NI
Bartella; Bartalla @ 36.35, 43.38 | IQ-NI
Qaraqosh; Bakhdida; Hamdaniya; al-Hamdaniya @ 36.27, 43.38 | IQ-NI
Bashiqa; Bashiqa @ 36.45, 43.35 | IQ-NI
Hammam al-Alil; Hamam al-Alil @ 36.16, 43.26 | IQ-NI
Baaj; al-Baaj; Al-Baaj @ 36.05, 41.72 | IQ-NI
~Rabia; Rabiaa; Rabia crossing @ 36.80, 42.10 | IQ-NI
Zakho; Zaxo @ 37.14, 42.68 | IQ-DA
Halabja; Halabjah @ 35.18, 45.99 | IQ-SU
Umm Qasr @ 30.03, 47.95 | IQ-BA
Zubair; al-Zubair; Zubayr @ 30.39, 47.70 | IQ-BA
Qurna; al-Qurna @ 31.01, 47.43 | IQ-BA
Jalawla; Jalula @ 34.27, 45.16 | IQ-DI
Saadiya; Sadiyah @ 34.19, 45.12 | IQ-DI
Mandali @ 33.75, 45.55 | IQ-DI
Kifri @ 34.69, 44.96 | IQ-DI
~Ana; Anah; town of Ana @ 34.47, 41.98 | IQ-AN
Rawa; Rawah @ 34.47, 41.91 | IQ-AN
Habbaniyah; Habbaniya @ 33.38, 43.58 | IQ-AN
Amiriyat al-Fallujah; Amiriyah; Amiriyat Fallujah; al-Amiriya @ 33.12, 43.89 | IQ-AN
Karmah; Garma; al-Karmah @ 33.40, 43.91 | IQ-AN
Ain al-Asad; Ain al-Assad; Al Asad Airbase; Al-Asad air base; Ain al-Asad air base @ 33.79, 42.44 | IQ-AN
Camp Speicher; Speicher @ 34.66, 43.54 | IQ-SD
Shirqat; Sharqat; al-Shirqat @ 35.51, 43.23 | IQ-SD
Daquq; Daqouq @ 35.13, 44.45 | IQ-KI
Dibis; Dibs @ 35.65, 44.07 | IQ-KI
Badra; Badrah @ 33.11, 45.94 | IQ-WA
Kufa; Kufah; al-Kufa @ 32.03, 44.40 | IQ-NA
Amerli; Amirli @ 34.72, 44.59 | IQ-SD
Sulaiman Bek; Suleiman Beg @ 34.98, 44.63 | IQ-SD
~Rashad; Rashad district @ 35.15, 44.00 | IQ-KI
Green Zone; International Zone @ 33.30, 44.39 | IQ-BG
Baghdad International Airport; Baghdad airport @ 33.26, 44.23 | IQ-BG
Erbil airport; Erbil International Airport @ 36.24, 43.96 | IQ-AR
"""

PLACES: list[Place] = [
    *parse_keyed(_MAJOR, "place", major=True),
    *parse_keyed(_TOWNS, "place"),
]

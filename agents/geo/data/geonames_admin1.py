"""GeoNames first-level codes of the focus countries and their ISO 3166-2 equivalents."""

from __future__ import annotations

__all__ = ["GEONAMES_ADMIN1"]

GEONAMES_ADMIN1: dict[str, dict[str, str]] = {
    "AF": {
        "01": "AF-BDS", "02": "AF-BDG", "03": "AF-BGL", "05": "AF-BAM", "06": "AF-FRA", "07": "AF-FYB",
        "08": "AF-GHA", "09": "AF-GHO", "10": "AF-HEL", "11": "AF-HER", "13": "AF-KAB", "14": "AF-KAP",
        "17": "AF-LOG", "18": "AF-NAN", "19": "AF-NIM", "23": "AF-KAN", "24": "AF-KDZ", "26": "AF-TAK",
        "27": "AF-WAR", "28": "AF-ZAB", "29": "AF-PKA", "30": "AF-BAL", "31": "AF-JOW", "32": "AF-SAM",
        "33": "AF-SAR", "34": "AF-KNR", "35": "AF-LAG", "36": "AF-PIA", "37": "AF-KHO", "38": "AF-NUR",
        "39": "AF-URU", "40": "AF-PAR", "41": "AF-DAY", "42": "AF-PAN",
    },
    "PK": {
        "01": "PK-KP", "02": "PK-BA", "03": "PK-KP", "04": "PK-PB", "05": "PK-SD", "06": "PK-JK",
        "07": "PK-GB", "08": "PK-IS",
    },
    "IQ": {
        "01": "IQ-AN", "02": "IQ-BA", "03": "IQ-MU", "04": "IQ-QA", "05": "IQ-SU", "06": "IQ-BB",
        "07": "IQ-BG", "08": "IQ-DA", "09": "IQ-DQ", "10": "IQ-DI", "11": "IQ-AR", "12": "IQ-KA",
        "13": "IQ-KI", "14": "IQ-MA", "15": "IQ-NI", "16": "IQ-WA", "17": "IQ-NA", "18": "IQ-SD",
        "19": "IQ-SU",
    },
    "SY": {
        "01": "SY-HA", "02": "SY-LA", "03": "SY-QU", "04": "SY-RA", "05": "SY-SU", "06": "SY-DR",
        "07": "SY-DY", "08": "SY-RD", "09": "SY-HL", "10": "SY-HM", "11": "SY-HI", "12": "SY-ID",
        "13": "SY-DI", "14": "SY-TA",
    },
    "SO": {
        "01": "SO-BK", "02": "SO-BN", "03": "SO-BR", "04": "SO-BY", "05": "SO-GA", "06": "SO-GE",
        "07": "SO-HI", "08": "SO-JD", "09": "SO-JH", "10": "SO-MU", "11": "SO-NU", "12": "SO-SA",
        "13": "SO-SD", "14": "SO-SH", "18": "SO-NU", "19": "SO-TO", "20": "SO-WO", "21": "SO-AW",
        "22": "SO-SO",
    },
    "NG": {
        "05": "NG-LA", "11": "NG-FC", "16": "NG-OG", "21": "NG-AK", "22": "NG-CR", "23": "NG-KD",
        "24": "NG-KT", "25": "NG-AN", "26": "NG-BE", "27": "NG-BO", "28": "NG-IM", "29": "NG-KN",
        "30": "NG-KW", "31": "NG-NI", "32": "NG-OY", "35": "NG-AD", "36": "NG-DE", "37": "NG-ED",
        "39": "NG-JI", "40": "NG-KE", "41": "NG-KO", "42": "NG-OS", "43": "NG-TA", "44": "NG-YO",
        "45": "NG-AB", "46": "NG-BA", "47": "NG-EN", "48": "NG-ON", "49": "NG-PL", "50": "NG-RI",
        "51": "NG-SO", "52": "NG-BY", "53": "NG-EB", "54": "NG-EK", "55": "NG-GO", "56": "NG-NA",
        "57": "NG-ZA",
    },
}

"""Afghanistan: 34 provinces, their districts, and places often in the news.

Province coordinates are approximate centroids. Districts without their own coordinates fall back to the
province centroid when the gazetteer is built.
"""

# ruff: noqa: E501  (one place a line: names, spellings, coordinates and province code stay together)

from __future__ import annotations

from agents.geo.data.types import Place, Province, parse_keyed, parse_places

__all__ = ["PLACES", "PROVINCES"]

PROVINCES: list[Province] = [
    Province("AF-BDS", "Badakhshan", 36.73, 70.81, ("Badakshan", "Badakhshon")),
    Province("AF-BDG", "Badghis", 35.17, 63.77, ("Badgis", "Badghes")),
    Province("AF-BGL", "Baghlan", 35.80, 68.90, ("Baghlaan",)),
    Province("AF-BAL", "Balkh", 36.76, 66.90, ()),
    Province("AF-BAM", "Bamyan", 34.81, 67.82, ("Bamiyan", "Bamian", "Bameyan")),
    Province("AF-DAY", "Daykundi", 33.67, 66.05, ("Daikundi", "Day Kundi", "Dai Kundi", "Daykondi", "Daikondi")),
    Province("AF-FRA", "Farah", 32.50, 62.26, ()),
    Province("AF-FYB", "Faryab", 35.92, 64.78, ("Fariab", "Faryaab")),
    Province("AF-GHA", "Ghazni", 33.55, 68.42, ("Ghazny", "Ghuzni")),
    Province("AF-GHO", "Ghor", 34.10, 64.91, ("Ghowr", "Ghour", "Ghur")),
    Province("AF-HEL", "Helmand", 31.36, 63.96, ("Hilmand", "Helmund")),
    Province("AF-HER", "Herat", 34.35, 62.20, ("Hirat", "Herāt")),
    Province("AF-JOW", "Jowzjan", 36.90, 65.67, ("Jawzjan", "Jauzjan", "Jozjan", "Juzjan", "Jowzjaan")),
    Province("AF-KAB", "Kabul", 34.55, 69.20, ("Kaboul", "Kabol")),
    Province("AF-KAN", "Kandahar", 31.20, 65.70, ("Qandahar", "Kandahār", "Qandahār")),
    Province("AF-KAP", "Kapisa", 34.98, 69.62, ("Kapesa",)),
    Province("AF-KHO", "Khost", 33.34, 69.92, ("Khowst", "Khost province")),
    Province("AF-KNR", "Kunar", 34.85, 71.10, ("Konar", "Kunaṟ")),
    Province("AF-KDZ", "Kunduz", 36.73, 68.86, ("Kundoz", "Kondoz", "Qunduz", "Kundooz")),
    Province("AF-LAG", "Laghman", 34.69, 70.15, ("Lagman",)),
    Province("AF-LOG", "Logar", 34.00, 69.19, ("Lowgar", "Lugar")),
    Province("AF-NAN", "Nangarhar", 34.17, 70.62, ("Ningarhar", "Nangrahar", "Nengarhar", "Ningrahar")),
    Province("AF-NIM", "Nimroz", 30.60, 62.30, ("Nimruz", "Nimrooz", "Nīmrōz")),
    Province("AF-NUR", "Nuristan", 35.32, 70.91, ("Nooristan", "Nouristan")),
    Province("AF-PIA", "Paktia", 33.71, 69.38, ("Paktya", "Paktiya", "Paktiyā")),
    Province("AF-PKA", "Paktika", 32.26, 68.52, ("Paktīkā",)),
    Province("AF-PAN", "Panjshir", 35.40, 69.97, ("Panjshayr", "Panjsher", "Panjshere", "Panjsheer")),
    Province("AF-PAR", "Parwan", 35.00, 69.00, ("Parvan",)),
    Province("AF-SAM", "Samangan", 36.00, 67.70, ("Samanghan",)),
    Province("AF-SAR", "Sar-e Pul", 35.70, 66.00, ("Sar-i-Pul", "Sari Pul", "Sar-e-Pol", "Saripul", "Sar-e Pol", "Sar-i Pul",
                                                   "Sar e Pul", "Sare Pul", "Sar-e-Pul")),
    Province("AF-TAK", "Takhar", 36.67, 69.48, ("Tahar", "Takhaar")),
    Province("AF-URU", "Uruzgan", 32.93, 66.14, ("Urozgan", "Oruzgan", "Orozgan", "Uruzghan", "Oruzgan")),
    Province("AF-WAR", "Wardak", 34.35, 68.24, ("Maidan Wardak", "Maydan Wardak", "Vardak", "Wardag")),
    Province("AF-ZAB", "Zabul", 32.19, 67.19, ("Zabol",)),
]

_MAJOR = """
Kabul; Kaboul; Kabol @ 34.53, 69.17 | AF-KAB
Kandahar; Qandahar; Kandahār @ 31.61, 65.71 | AF-KAN
Herat; Hirat; Herāt @ 34.35, 62.20 | AF-HER
Mazar-i-Sharif; Mazar-e-Sharif; Mazar-e Sharif; Mazar; Mazār-e Sharīf @ 36.71, 67.11 | AF-BAL
Jalalabad; Jalālābād; Jelalabad @ 34.43, 70.45 | AF-NAN
Kunduz; Kundoz; Kondoz; Qunduz @ 36.73, 68.86 | AF-KDZ
Ghazni; Ghazny @ 33.55, 68.42 | AF-GHA
Lashkar Gah; Lashkargah; Lashkar Gāh; Lashkar-Gah; Lashkar Ga @ 31.59, 64.37 | AF-HEL
Baghlan; Baghlan-e Jadid; Baghlan-e-Jadid @ 36.13, 68.70 | AF-BGL
Pul-e Khumri; Pul-i-Khumri; Puli Khumri; Pol-e Khomri; Pul-e-Khumri; Pol-e-Khumri; Pul-i Khumri @ 35.94, 68.71 | AF-BGL
Khost; Khowst; Khost city @ 33.34, 69.92 | AF-KHO
Farah; Farah city @ 32.37, 62.12 | AF-FRA
Bamyan; Bamiyan; Bamian @ 34.82, 67.83 | AF-BAM
Faizabad; Fayzabad; Feyzabad; Faizabad city @ 37.12, 70.58 | AF-BDS
Sar-e Pul; Sar-i-Pul; Sari Pul; Sar-e-Pol; Saripul; Sar-e-Pul @ 36.22, 65.93 | AF-SAR
"""

_CAPITALS = """
Qala-i-Naw; Qala-e-Naw; Qala-e Naw; Qalai Naw; Qala i Naw; Qal'eh-ye Now @ 34.98, 63.13 | AF-BDG
Nili; Nīlī @ 33.72, 66.13 | AF-DAY
Maymana; Maimana; Meymaneh @ 35.92, 64.78 | AF-FYB
Chaghcharan; Chakhcharan; Firozkoh; Feroz Koh @ 34.52, 65.25 | AF-GHO
Sheberghan; Shibirghan; Shiberghan; Sheberghān; Shibirghān @ 36.67, 65.75 | AF-JOW
Mahmud-i-Raqi; Mahmud Raqi; Mahmud-e Raqi @ 35.02, 69.33 | AF-KAP
Asadabad; Asadābād @ 34.87, 71.15 | AF-KNR
Mehtarlam; Mihtarlam; Mehtar Lam; Mehtar Lām @ 34.67, 70.21 | AF-LAG
Pul-i-Alam; Pul-e Alam; Puli Alam; Pol-e Alam; Pul-e-Alam @ 33.99, 69.03 | AF-LOG
Zaranj @ 30.96, 61.86 | AF-NIM
Parun; Paroon @ 35.42, 70.92 | AF-NUR
Gardez; Gardiz @ 33.60, 69.23 | AF-PIA
Sharana; Sharan @ 33.18, 68.73 | AF-PKA
Bazarak; Bāzārak @ 35.31, 69.52 | AF-PAN
Charikar; Chaharikar @ 35.01, 69.17 | AF-PAR
Aybak; Aibak @ 36.26, 68.02 | AF-SAM
Taloqan; Taluqan; Talokan; Taleqan @ 36.74, 69.53 | AF-TAK
Tarinkot; Tarin Kot; Tirin Kot; Tarin Kowt; Tirinkot @ 32.63, 65.88 | AF-URU
Maidan Shahr; Maydan Shahr; Maidanshahr @ 34.40, 68.87 | AF-WAR
Qalat; Qalati Ghilzai; Qalat-e Ghilzai @ 32.11, 66.91 | AF-ZAB
"""

# Places inside Kabul city: admin2 "Kabul" (the city district).
_KABUL_CITY = """
Dasht-e-Barchi; Dasht-e Barchi; Dasht-i-Barchi; Dashte Barchi; Dasht-i Barchi; Dashti Barchi; Dasht-e-Barchee @ 34.50, 69.09
Shar-e-Naw; Shahr-e Naw; Shahr-e-Naw; Shar-e Naw; Sharinaw; Shahr-i-Naw; Shahre Naw @ 34.54, 69.17
Wazir Akbar Khan @ 34.54, 69.19
Khair Khana; Khairkhana; Khair Khaneh @ 34.58, 69.13
Karte Seh; Karte Se; Kart-e Seh @ 34.49, 69.13
Karte Char; Kart-e Char @ 34.50, 69.15
Karte Sakhi; Kart-e Sakhi @ 34.52, 69.14
Karte Parwan; Kart-e Parwan @ 34.54, 69.15
Macroyan; Makroyan; Microrayon; Mikrorayon @ 34.53, 69.20
Deh Mazang; Deh-e Mazang; Dehmazang @ 34.51, 69.14
Darulaman; Dar-ul-Aman; Darul Aman @ 34.46, 69.11
Taimani; Taimany @ 34.55, 69.16
Shash Darak @ 34.53, 69.19
Qala-e-Fatullah; Qala-e Fatullah; Qalai Fatullah @ 34.55, 69.16
Pul-e-Charkhi; Pul-e Charkhi; Pul-i-Charkhi; Pul-i Charkhi; Puli Charkhi @ 34.54, 69.33
Kart-e-Naw; Karte Naw; Kart-e Naw @ 34.51, 69.20
Qasaba; Qasaba township @ 34.57, 69.23
Hamid Karzai International Airport; Kabul airport; Kabul International Airport @ 34.57, 69.21
Green Zone @ 34.53, 69.18
Sarai Shamali; Sarai Shomali @ 34.58, 69.16
Chehel Sutoon; Chihil Sutun; Chehel Sotun @ 34.49, 69.15
Kote Sangi; Kot-e Sangi; Kot-e-Sangi @ 34.51, 69.12
Pul-e-Sukhta; Pul-e Sukhta; Pul-i-Sukhta; Puli Sokhta @ 34.50, 69.13
"""

# Other settlements and landmarks often in the news (province in the last column).
_TOWNS = """
Torkham @ 34.11, 71.08 | AF-NAN
Balkh town; town of Balkh @ 36.76, 66.90 | AF-BAL
Tora Bora @ 34.12, 70.23 | AF-NAN
Islam Qala; Islam Qila; Eslam Qaleh @ 34.66, 61.07 | AF-HER
Hairatan @ 37.22, 67.42 | AF-BAL
Sher Khan Bandar; Shir Khan Bandar @ 37.15, 68.61 | AF-KDZ
Salang; Salang Pass; Salang tunnel @ 35.32, 69.03 | AF-PAR
Bagram; Bagram Airfield; Bagram air base; Bagram Air Base @ 34.95, 69.27 | AF-PAR
Camp Bastion; Camp Shorabak @ 31.86, 64.22 | AF-HEL
Kajaki Dam @ 32.32, 65.12 | AF-HEL
Delaram; Dilaram @ 32.16, 63.43 | AF-NIM
Dand-e-Patan; Dand Patan @ 33.75, 69.95 | AF-PIA
Kamdesh @ 35.41, 71.35 | AF-NUR
Korengal; Korangal @ 34.87, 70.90 | AF-KNR
Pech Valley; Pech valley @ 34.95, 70.90 | AF-KNR
Khanabad @ 36.68, 69.11 | AF-KDZ
Jabal Saraj; Jabal-us-Saraj; Jabal os Saraj @ 35.12, 69.23 | AF-PAR
Andkhoy; Andkhoi; Andkhvoy @ 36.95, 65.12 | AF-FYB
Spin Boldak; Spin Buldak @ 31.00, 66.40 | AF-KAN
"""


# Districts by province (lines "Name; Alt @ lat, lon"; no coordinates = province centroid).
_DISTRICTS: dict[str, str] = {
    "AF-BDS": """
        Arghanj Khwa; Arghanjkhwa
        ~Argo; Argu; Argo district
        Baharak @ 36.93, 70.90
        Darayim; Darayem; Daraim
        Darwaz; Nusay; Darwaz-e Payin
        Darwaz-e Balla; Maimay; Darwazi Bala
        Ishkashim; Eshkashem; Ishkashem @ 36.71, 71.61
        Jurm @ 36.86, 70.83
        ~Khash; Khash district
        Khwahan; Khawahan
        Kishim; Keshem; Kesham @ 36.80, 70.09
        Kuf Ab; Kofab
        Kohistan
        Kuran wa Munjan; Koran wa Monjan
        Raghistan; Ragh
        Shahri Buzurg; Shahr-e Bozorg
        Shighnan; Shughnan
        Shiki; Sheki
        Shuhada; Shohada
        Tishkan; Teshkan
        Wakhan @ 37.00, 72.70
        Wurduj; Wardooj; Warduj
        Yaftali Sufla; Yaftal-e Sufla; Yaftal
        Yamgan
        Yawan
        Zebak; Zibak
        Tagab
    """,
    "AF-BDG": """
        Ab Kamari; Abkamari
        Jawand; Jowand
        Muqur; Moqur
        Bala Murghab; Murghab; Bala Morghab @ 35.58, 63.33
        Qadis; Qades
        Ghormach; Ghormaj @ 35.73, 63.79
    """,
    "AF-BGL": """
        Baghlan-e-Markazi; Baghlan-e Markazi; Baghlani Markazi; Baghlan-i-Markazi; Markazi Baghlan; Central Baghlan @ 36.13, 68.70
        Andarab @ 35.63, 69.28
        ~Burka; Burka district
        Dahana-i-Ghuri; Dahana-e Ghori; Dahana-e-Ghori; Dahan-e Ghori; Dahane Ghori @ 35.91, 68.49
        Dih Salah; Deh Salah; Deh-e Salah
        Dushi; Doshi @ 35.62, 68.68
        Farang wa Gharu; Firing wa Gharu
        Guzargahi Nur; Guzargah-e Nur
        Khinjan; Khenjan
        Khost wa Fereng; Khost wa Firing; Khost-o-Fereng
        Khwaja Hijran; Jalga; Jilga Nahrin
        Nahrin; Nahreen @ 35.98, 69.13
        Pul-i-Hisar; Pul-e Hesar; Puli Hisar
        Tala wa Barfak; Tala-o-Barfak
    """,
    "AF-BAL": """
        Chahar Bolak; Char Bolak; Charbolak
        Chahar Kint; Char Kint; Charkent
        Chimtal; Chemtal @ 36.67, 66.75
        Dawlatabad; Daulatabad @ 36.99, 66.82
        Dihdadi; Dehdadi @ 36.64, 66.99
        Kaldar
        Khulm; Kholm; Tashqurghan @ 36.70, 67.70
        Kishindih; Keshendeh
        Marmul
        Nahri Shahi; Nahr-e Shahi
        Sholgara; Sholgareh; Shulgara
        Shortepa; Shortepah
        Zari
    """,
    "AF-BAM": """
        Kahmard; Kahmerd
        Panjab
        Sayghan; Saighan
        Shibar
        Waras
        Yakawlang; Yakaolang; Yakolang @ 34.73, 66.96
    """,
    "AF-DAY": """
        Ashtarlay; Ishtarlay
        Gizab; Gezab
        Kajran
        Khadir; Khedir
        Kiti
        Miramor
        Sangtakht; Sang-e Takht
        Shahristan; Shahrestan
    """,
    "AF-FRA": """
        Anar Dara; Anardara
        Bakwa @ 32.25, 62.95
        Bala Buluk; Bala Baluk; Bala Boluk @ 32.63, 62.53
        Gulistan; Golestan
        Khaki Safed; Khak-e Safed
        Lash wa Juwayn; Lash-e Juwayn
        Pur Chaman; Purchaman
        Pusht Rod; Pusht-e Rod; Posht Rod
        Qala-i-Kah; Qala-e Kah; Qalai Kah
        Shib Koh; Shibkoh
    """,
    "AF-FYB": """
        Almar
        Bilchiragh; Belcheragh
        Dawlatabad; Daulatabad
        Gurziwan; Garziwan
        Khani Chahar Bagh; Khan-e Char Bagh
        Khwaja Sabz Posh; Khwaja Sabzposh
        Kohistan
        Pashtun Kot; Pashtunkot; Pashtun Kowt
        Qaramqol; Qaram Qol
        Qaysar; Qaisar @ 35.69, 64.30
        Qurghan; Qorghan
        Shirin Tagab; Shirin Tagaab
    """,
    "AF-GHA": """
        Khwaja Omari; Khwaja Umari; Khwaja Omri; Khawaja Omari; Khwaja Omary @ 33.65, 68.40
        Ab Band; Abband
        Ajristan; Ajeristan @ 33.47, 67.24
        Andar @ 33.35, 68.55
        Dih Yak; Deh Yak; Dehyak @ 33.45, 68.62
        Gelan; Gilan
        Giro; Giru
        Jaghatu; Jaghato
        Jaghuri; Jaghori @ 33.13, 67.45
        Malistan
        Muqur; Moqur
        Nawa
        Nawur; Nawar; Nahur
        Qarabagh; Qara Bagh
        Rashidan
        Waghaz
        Wali Muhammadi Shahid; Wali Muhammad Shahid
        Zana Khan
        Khogyani; Khugyani
    """,
    "AF-GHO": """
        Charsada; Chahar Sadah
        Dawlat Yar; Dowlat Yar
        Du Layna; Dolaina; Dulaina
        Lal wa Sarjangal; Lal-o-Sarjangal
        Pasaband
        ~Saghar; Saghar district
        ~Shahrak; Shahrak district
        Taywara; Taiwara; Tewara
        Tulak; Tolak
    """,
    "AF-HEL": """
        Gereshk; Nahr-e Saraj; Nahr-e-Saraj; Nahri Saraj; Nahr-i-Sarraj; Nahr-e Sarraj; Girishk; Grishk @ 31.82, 64.57
        Baghran @ 32.93, 64.96
        Dishu; Deshu; Dishoo
        Garmsir; Garmser; Darvishan @ 31.12, 64.18
        Kajaki @ 32.25, 65.05
        Musa Qala; Musa Qalah; Musa Qaleh; Musaqala @ 32.45, 64.76
        Nad Ali; Nad-e Ali; Nad-e-Ali; Nadali; Nad-i-Ali @ 31.63, 64.26
        Marjah; Marja @ 31.52, 64.12
        Nawa-i-Barakzayi; Nawa-e Barakzai; Nawa Barakzai; Nawa-e-Barakzai @ 31.38, 64.32
        Nawzad; Now Zad; Nowzad; Naw Zad @ 32.40, 64.47
        Reg-i-Khan Nishin; Reg-e Khan Neshin; Khan Neshin; Khanashin @ 30.56, 64.05
        Sangin; Sangeen @ 32.07, 64.83
        Washir @ 32.25, 63.86
    """,
    "AF-HER": """
        Adraskan @ 33.64, 62.27
        Chishti Sharif; Chisht-e Sharif; Chesht-e Sharif @ 34.35, 63.74
        ~Farsi; Farsi district
        Ghoryan; Ghurian @ 34.35, 61.49
        Gulran @ 35.11, 61.68
        Guzara; Guzarah; Injil-Guzara @ 34.22, 62.22
        Injil @ 34.30, 62.25
        Karukh; Karokh @ 34.48, 62.59
        Kohsan; Kuhsan @ 34.65, 61.20
        Kushk; Rabat-i-Sangi; Robat-e Sangi @ 34.85, 62.55
        Kushki Kuhna; Kushk-e Kohna; Kushk-i-Kuhna @ 34.97, 62.93
        Obe; Obeh; Awba @ 34.37, 63.17
        Pashtun Zarghun; Pashtun Zarghoon @ 34.27, 62.80
        Shindand; Sabzwar @ 33.30, 62.14
        Zinda Jan; Zendajan; Zindajan @ 34.34, 61.75
    """,
    "AF-JOW": """
        Aqcha; Aqchah @ 36.91, 66.19
        Darzab @ 35.97, 65.38
        Fayzabad; Faizabad
        Khamyab; Khamab
        Khaniqa; Khanaqa
        Khwaja Du Koh; Khwaja Dokoh; Khoja Du Koh
        Mardyan; Mardian
        Mingajik; Mangajek
        Qarqin; Qarqeen
        Qush Tepa; Qosh Tepa @ 36.00, 65.30
    """,
    "AF-KAB": """
        Bagrami @ 34.49, 69.27
        Chahar Asyab; Char Asiab; Chahar Asiab; Charasiab @ 34.38, 69.17
        Dih Sabz; Deh Sabz @ 34.65, 69.28
        Farza
        Guldara; Guldarah
        Istalif; Estalef @ 34.83, 69.10
        Kalakan
        Khaki Jabbar; Khak-e Jabbar
        Mir Bacha Kot; Mir Bachakot; Mirbachakot @ 34.75, 69.13
        Musayi; Musahi
        Paghman @ 34.59, 68.95
        Qarabagh; Qara Bagh @ 34.85, 69.17
        Shakardara; Shakar Dara @ 34.67, 69.02
        Surobi; Sarobi @ 34.59, 69.77
    """,
    "AF-KAN": """
        Arghandab @ 31.68, 65.67
        Arghistan @ 31.52, 66.23
        Daman @ 31.45, 65.85
        Dand @ 31.50, 65.75
        Ghorak
        Khakrez; Khakriz @ 31.93, 65.43
        ~Maruf; Maruf district; Maroof
        Maywand; Maiwand @ 31.63, 65.03
        Miyanishin; Mianeshin
        Nesh
        Panjwayi; Panjwai; Panjwaii; Panjway @ 31.53, 65.46
        ~Reg; Reg district; Reg-e Shorabak
        Shah Wali Kot; Shawalikot; Shah Wali Kowt @ 31.95, 65.90
        Shorabak; Shorawak
        Zhari; Zheray; Zharey @ 31.60, 65.50
    """,
    "AF-KAP": """
        Alasay; Alasai
        Hisa-i-Awali Kohistan; Kohistan-e Awal
        Hisa-i-Duwumi Kohistan; Kohistan-e Dowom
        Koh Band; Kohband
        Nijrab; Nejrab @ 34.98, 69.50
        Tagab @ 34.85, 69.65
    """,
    "AF-KHO": """
        ~Bak; Bak district
        Gurbuz; Gorbuz
        Jaji Maidan; Jaji Maydan
        Mandozayi; Mandozai; Ismail Khel Mandozai
        Musa Khel; Musakhel
        Nadir Shah Kot; Nader Shah Kot
        ~Qalandar; Qalandar district
        Sabari; Yaqubi
        ~Shamal; Shamal district; Shamul
        Spera; Sperah
        ~Tani; Tani district; Tanai
        Tere Zayi; Tirazai; Ali Sher
    """,
    "AF-KNR": """
        Bar Kunar; Asmar @ 35.03, 71.36
        Chapa Dara; Chapa Darah
        Chawkay; Chawki; Chowkay
        Dangam
        Dara-i-Pech; Dara-e Pech; Pech; Manogai @ 34.97, 70.90
        Ghaziabad
        Khas Kunar; Khas Konar
        Marawara; Marawarah
        Narang; Narang wa Badil
        Nari; Naray
        Nurgal; Noorgal
        Shaygal wa Shiltan; Shigal
        Sirkanay; Sarkani
        Watapur; Wotapur
    """,
    "AF-KDZ": """
        Dasht-e-Archi; Dasht-e Archi; Dashte Archi; Dasht-i-Archi; Dashti Archi @ 37.13, 69.17
        Ali Abad; Aliabad @ 36.65, 68.90
        Chahar Dara; Char Dara; Chahar Darah; Chardara @ 36.70, 68.70
        Imam Sahib; Emam Saheb @ 37.18, 68.92
        Qala-i-Zal; Qala-e Zal; Qalay-i-Zal @ 37.00, 68.50
        Gultepa; Gul Tepa
        Aqtash
    """,
    "AF-LAG": """
        Alingar @ 34.83, 70.35
        Alishing; Alisheng @ 34.80, 70.20
        Bad Pash; Badpash
        Dawlat Shah; Dawlatshah
        Qarghayi; Qarghai; Qarghayee @ 34.55, 70.25
    """,
    "AF-LOG": """
        ~Azra; Azra district
        Baraki Barak; Baraki Rajan @ 33.93, 68.93
        Charkh @ 33.80, 68.94
        Kharwar
        Khoshi; Khushi
        Mohammad Agha; Muhammad Agha @ 34.23, 69.13
    """,
    "AF-NAN": """
        Achin; Markaz-e Woluswali-ye Achin @ 34.09, 70.68
        Bati Kot; Batikot @ 34.25, 70.80
        Behsud; Bihsud @ 34.46, 70.44
        Chaparhar @ 34.30, 70.40
        Dara-i-Nur; Dara-e Noor; Darah-e Nur; Dara-i Nur @ 34.65, 70.55
        Dih Bala; Deh Bala; Haska Mena; Haska Meyna @ 34.15, 70.45
        Dur Baba; Durbaba
        Goshta
        Hisarak; Hesarak
        ~Kama; Kama district
        Khogyani; Khugyani; Khugiani @ 34.23, 70.20
        ~Kot; Kot district
        Kuz Kunar; Khewa
        Lal Pur; Lalpur @ 34.25, 71.05
        Muhmand Dara; Mohmand Dara; Momand Dara @ 34.22, 71.00
        Nazyan; Nazian
        Pachir wa Agam; Pachir Wa Agam; Pachiragam @ 34.20, 70.30
        Rodat @ 34.25, 70.60
        Sherzad; Shirzad
        Shinwar; Ghani Khel @ 34.20, 70.85
        Surkh Rod; Surkh Rud; Surkhrod @ 34.41, 70.32
        Spin Ghar
    """,
    "AF-NIM": """
        Chahar Burjak; Char Burjak
        Chakhansur; Chakhansoor
        ~Kang; Kang district
        Khash Rod; Khashrod
    """,
    "AF-NUR": """
        Barg-i-Matal; Bargi Matal; Barg-e Matal @ 35.67, 71.35
        Duab; Du Ab
        Mandol
        Nurgram; Noorgram
        Wama
        Waygal; Waigal
    """,
    "AF-PIA": """
        Ahmadabad; Ahmad Aba
        Chamkani; Chamkanay
        Dand wa Patan
        Jaji; Aryub Zazai; Zazai Aryub
        Jani Khel; Jani Khail
        Lija Ahmad Khel; Laja Ahmad Khel
        Laja Mangal
        Sayed Karam; Sayyid Karam
        Shwak
        ~Zadran; Wuza Zadran; Zadran district
        Zurmat; Zormat @ 33.44, 69.03
        Mirzaka
        Gerda Serai; Gerda Seray
        Rohani Baba
    """,
    "AF-PKA": """
        Barmal @ 32.73, 69.30
        Dila; Dila wa Khushamand
        Gomal; Gumal
        Gayan
        Mata Khan; Matakhan
        ~Naka; Naka district
        Omna
        Sar Hawza; Sar Rawza; Sar Hauza
        Sarobi; Sar Rowza
        Turwo; Tarwe
        Urgun; Orgun @ 32.94, 69.18
        Wazakhwa; Waza Khwa
        Wor Mamay; Wur Mamay
        Yahyakhel; Yahya Khel
        Yusuf Khel; Yousuf Khel
        Zarghun Shahr; Katawaz
        Ziruk; Zerok
        Khair Kot; Khairkot
    """,
    "AF-PAN": """
        Anaba; Anawa
        Darah
        Khenj; Hissa-i-Awal; Khinj
        Paryan
        Rukha; Rokha
        Shutul; Shotul
        Abshar
    """,
    "AF-PAR": """
        Ghorband; Siyahgird; Siagird; Ghorbandi @ 35.04, 68.70
        Koh-i-Safi; Koh-e Safi; Kohi Safi
        Sayed Khel; Sayed Khil
        Shekh Ali; Shaikh Ali; Sheikh Ali
        ~Shinwari; Shinwari district
        Surkh-i-Parsa; Surkh-e Parsa
    """,
    "AF-SAM": """
        Dara-i-Suf Bala; Dara-e Suf-e Bala; Darah-e Suf Bala
        Dara-i-Suf Payin; Dara-e Suf-e Payin; Darah-e Suf Payin
        Feroz Nakhchir; Firoz Nakhchir
        Hazrati Sultan; Hazrat-e Sultan
        Khuram wa Sarbagh; Khulm wa Sarbagh
        Ruyi Du Ab; Ruy-e Duab
    """,
    "AF-SAR": """
        Balkhab
        Gosfandi
        Kohistanat
        Sancharak; Sang Charak; Sangcharak @ 36.03, 66.45
        Sayyad; Sayad @ 36.10, 65.95
        Sozma Qala; Sozmah Qala
    """,
    "AF-TAK": """
        Bangi
        Chah Ab; Chahab
        ~Chal; Chal district
        Darqad
        Dashti Qala; Dasht-e Qala
        Farkhar
        Hazar Sumuch; Hazar Samuch
        Ishkamish; Eshkamesh @ 36.39, 69.33
        Kalafgan
        Khwaja Bahawuddin; Khwaja Bahauddin; Khoja Bahawuddin
        Khwaja Ghar; Khoja Ghar @ 37.09, 69.44
        Namak Ab
        Rustaq; Rostaq @ 37.13, 69.83
        Warsaj
        Yangi Qala; Yangiqala
        Baharak
    """,
    "AF-URU": """
        Chora; Chura @ 32.80, 66.10
        Chinarto; Chenartu
        Dihrawud; Deh Rawood; Deh Rawud; Dehrawud @ 32.62, 65.47
        Khas Uruzgan; Khas Urozgan @ 33.13, 66.33
        Shahidi Hassas; Shahid-e Hassas; Charcheno @ 32.90, 65.80
    """,
    "AF-WAR": """
        Chaki Wardak; Chak-e Wardak @ 34.10, 68.58
        Daymirdad; Day Mirdad
        Hisa-i-Awali Bihsud; Behsud; Hesa-e Awal-e Behsud
        Jalrez; Jalriz @ 34.46, 68.67
        Markazi Bihsud; Markaz-e Behsud
        Nirkh; Nerkh @ 34.35, 68.80
        Sayyidabad; Sayedabad; Saydabad; Sayed Abad @ 34.00, 68.72
        Jaghatu; Jaghato
    """,
    "AF-ZAB": """
        Arghandab
        Atghar
        Daychopan; Day Chopan; Dai Chopan
        ~Kakar; Khak-e Afghan; Khak-i-Afghan; Kakar district
        Mizan
        Naw Bahar; Now Bahar; Nawbahar
        Shah Joy; Shajoy; Shahjoy @ 32.52, 67.42
        Shinkay; Shinkai
        Tarnak wa Jaldak; Tarnak Wa Jaldak
        Shomulzai; Shumulzai
    """,
}

def _districts() -> list[Place]:
    """All authored districts."""
    out: list[Place] = []
    for code, table in _DISTRICTS.items():
        out += parse_places(code, "admin2", table)
    return out


PLACES: list[Place] = [
    *parse_keyed(_MAJOR, "place", major=True),
    *parse_keyed(_CAPITALS, "place", major=True),
    *[
        Place(p.name, p.admin1_code, "place", p.lat, p.lon, p.alt, admin2="Kabul")
        for p in parse_places("AF-KAB", "place", _KABUL_CITY)
    ],
    *parse_keyed(_TOWNS, "place"),
    *_districts(),
]

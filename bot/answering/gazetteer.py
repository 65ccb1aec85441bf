"""Countries, their capitals and their peoples' adjectives, French and English: places a question may name in lowercase.

A capitalised name the briefs do not know is read as a name ("Les articles ne parlent pas d'Istanbul"), and named as
its country where it is the country's or its people's ("Indian goods": "ne parlent pas de l'Inde"); typed on a phone,
"que pense l'allemagne du sommet ?" or "did india buy russian oil?" holds no capital. These are the places of the world
news names most, with the words for their people, so that a question about one the articles never mention is declined
whatever its case. A country the briefs know (their places, or any of its words in their texts) is left out when the
matcher is built: this table is general, not a list of the places the articles lack. Words that are also a language
("anglais", "spanish") or an everyday word ("turkey", "polish", "chad", "vienne") are left out: they would name no
place. Readers see each place by its name in the catalogue, `country_<id>` in bot/messages.py.
"""

from __future__ import annotations

# Each place's id -> the words naming it or its people, folded: a capitalised one ("Indian goods") names the place.
PEOPLES: dict[str, tuple[str, ...]] = {
    "germany": ("allemagne", "allemand", "allemande", "allemands", "allemandes", "germany"),
    "france": ("france",),
    "united-kingdom": ("royaume uni", "grande bretagne", "britannique", "britanniques", "british", "britain", "uk"),
    "italy": ("italie", "italien", "italienne", "italiens", "italiennes", "italy"),
    "spain": ("espagne", "spain"),
    "poland": ("pologne", "polonais", "polonaise", "polonaises", "poland"),
    "turkey": ("turquie", "turc", "turque", "turcs", "turques"),
    "india": ("inde", "indien", "indienne", "indiens", "indiennes", "india", "indian", "indians"),
    "brazil": ("bresil", "bresilien", "bresilienne", "bresiliens", "brazil", "brazilian"),
    "japan": ("japon", "japonais", "japonaise", "japan", "japanese"),
    "korea": ("coree", "coreen", "coreenne", "coreens", "korea", "korean", "koreans"),
    "saudi-arabia": ("arabie saoudite", "saoudien", "saoudienne", "saoudiens", "saudi"),
    "qatar": ("qatar", "qatari", "qatarie", "qataris"),
    "emirates": ("emirats", "emirati", "emiratis", "uae"),
    "egypt": ("egypte", "egyptien", "egyptienne", "egyptiens", "egypt", "egyptian"),
    "syria": ("syrie", "syrien", "syrienne", "syriens", "syria", "syrian"),
    "iraq": ("irak", "iraq", "irakien", "irakienne", "irakiens", "iraqi"),
    "afghanistan": ("afghanistan", "afghan", "afghane", "afghans"),
    "pakistan": ("pakistan", "pakistanais", "pakistanaise", "pakistani"),
    "belarus": ("bielorussie", "belarus", "bielorusse", "bielorusses", "belarusian"),
    "hungary": ("hongrie", "hongrois", "hongroise", "hungary", "hungarian"),
    "finland": ("finlande", "finlandais", "finlandaise", "finland", "finnish"),
    "sweden": ("suedois", "suedoise", "sweden", "swedish"),
    "norway": ("norvege", "norvegien", "norvegienne", "norway", "norwegian"),
    "denmark": ("danemark", "danois", "danoise", "denmark", "danish"),
    "netherlands": ("pays bas", "neerlandais", "neerlandaise", "netherlands", "dutch"),
    "belgium": ("belgique", "belge", "belges", "belgium", "belgian"),
    "austria": ("autriche", "autrichien", "autrichienne", "austria", "austrian"),
    "romania": ("roumanie", "roumain", "roumaine", "roumains", "romania", "romanian"),
    "moldova": ("moldavie", "moldova", "moldave", "moldaves", "moldovan"),
    "georgia": ("georgie", "georgien", "georgienne", "georgia", "georgian"),
    "armenia": ("armenie", "armenien", "armenienne", "armenia", "armenian"),
    "azerbaijan": ("azerbaidjan", "azerbaijan", "azeri", "azeris"),
    "kazakhstan": ("kazakhstan", "kazakh", "kazakhe"),
    "baltics": (
        "baltes",
        "baltic",
        "estonie",
        "estonia",
        "estonien",
        "estonian",
        "lettonie",
        "latvia",
        "letton",
        "latvian",
        "lituanie",
        "lithuania",
        "lituanien",
        "lithuanian",
    ),
    "czechia": ("tchequie", "tcheque", "tcheques", "czech", "czechia"),
    "slovakia": ("slovaquie", "slovaque", "slovaques", "slovakia", "slovak"),
    "serbia": ("serbie", "serbe", "serbes", "serbia", "serbian"),
    "vatican": ("vatican", "saint siege", "holy see"),
    "united-nations": ("onu", "nations unies", "united nations"),
    "canada": ("canada", "canadien", "canadienne", "canadiens", "canadian", "canadians"),
    "mexico": ("mexique", "mexicain", "mexicaine", "mexico", "mexican"),
    "australia": ("australie", "australien", "australienne", "australia", "australian"),
    "south-africa": ("afrique du sud", "sud africain", "south africa", "south african"),
    "nigeria": ("nigeria", "nigerian", "nigeriane"),
    "venezuela": ("venezuela", "venezuelien", "venezuelienne", "venezuelan"),
    "cuba": ("cuba", "cubain", "cubaine", "cuban"),
    "vietnam": ("vietnam", "vietnamien", "vietnamienne", "vietnamese"),
    "indonesia": ("indonesie", "indonesien", "indonesia", "indonesian"),
    "lebanon": ("liban", "libanais", "libanaise", "lebanon", "lebanese"),
    "yemen": ("yemen", "yemenite", "yemeni"),
    "alaska": ("alaska",),
    "greenland": ("groenland", "greenland"),
}
# Each place's id -> its cities, leaders and movements, folded: a capitalised one is named as typed ("Istanbul").
LANDMARKS: dict[str, tuple[str, ...]] = {
    "germany": ("berlin",),
    "france": ("paris",),  # Paris, where the articles place Zelensky, is in France
    "united-kingdom": ("londres", "london"),
    "italy": ("rome",),
    "spain": ("madrid",),
    "poland": ("varsovie", "warsaw"),
    "turkey": ("ankara", "istanbul"),
    "india": ("delhi",),
    "japan": ("tokyo",),
    "korea": ("pyongyang", "seoul"),
    "saudi-arabia": ("riyad", "riyadh"),
    "qatar": ("doha",),
    "emirates": ("dubai", "abou dabi", "abu dhabi"),
    "egypt": ("caire", "cairo"),
    "syria": ("damas", "damascus"),
    "iraq": ("bagdad", "baghdad"),
    "afghanistan": ("kaboul", "kabul"),
    "belarus": ("minsk", "loukachenko", "lukashenko"),
    "hungary": ("budapest", "orban"),
    "finland": ("helsinki",),
    "sweden": ("stockholm",),
    "norway": ("oslo",),
    "denmark": ("copenhague", "copenhagen"),
    "netherlands": ("amsterdam", "la haye", "the hague"),
    "belgium": ("bruxelles", "brussels"),
    "austria": ("vienna",),
    "romania": ("bucarest", "bucharest"),
    "moldova": ("chisinau",),
    "georgia": ("tbilissi", "tbilisi"),
    "armenia": ("erevan", "yerevan"),
    "azerbaijan": ("bakou", "baku"),
    "kazakhstan": ("astana",),
    "baltics": ("tallinn", "riga", "vilnius"),
    "czechia": ("prague",),
    "slovakia": ("bratislava",),
    "serbia": ("belgrade",),
    "canada": ("ottawa",),
    "south-africa": ("pretoria",),
    "nigeria": ("abuja",),
    "venezuela": ("caracas",),
    "cuba": ("havane", "havana"),
    "vietnam": ("hanoi",),
    "indonesia": ("jakarta",),
    "lebanon": ("beyrouth", "beirut", "hezbollah"),
    "yemen": ("houthis", "houthi"),
    "alaska": ("anchorage",),
}
# Each place's id -> every word a question may use for it.
# A people's adjective that is also a language, left out above, names its country where it is typed as a name:
# "the French government budget", "German officials" ("ne parlent pas de la France"); typed in lowercase, or as the
# language a reader asks for ("in French", "en anglais"), it names nothing.
LANGUAGE_PEOPLES: dict[str, str] = {
    "french": "france",
    "francais": "france",
    "francaise": "france",
    "german": "germany",
    "germans": "germany",
    "spanish": "spain",
    "espagnol": "spain",
    "espagnole": "spain",
    "espagnols": "spain",
}
# The languages a reader may ask answers in: "can you answer in English?" names no one.
READERS_LANGUAGES = frozenset(["english", "anglais", "french", "francais"])

COUNTRIES: dict[str, tuple[str, ...]] = {place: words + LANDMARKS.get(place, ()) for place, words in PEOPLES.items()}

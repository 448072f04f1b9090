"""Uyghur given names in Uyghur Latin script (ULY, as used by Uyghur scholars)."""

from __future__ import annotations

from victimsdb.core.synth.text import listed

MALE: tuple[str, ...] = listed(
    """
    Memet Abduréhim Ilham Abdulla Tursun Erkin Adil Ablimit Alim Exmet Ekber Enwer Hesen
    Ibrahim Imin Ismayil Yasin Yusup Abduweli Ablikim Eysa Perhat Hüseyin Kamil Kérim
    Mamut Memetjan Muhemmed Nurmemet Obul Osman Qurban Rozi Sadiq Sabit Sattar Tahir
    Tursunjan Toxti Turghun Ubul Weli Yalqun Zunun Ghappar Ghopur Hashim Jelil Mijit
    Mutellip Nijat Qadir Rehman Rishat Shöhret Ekrem Abdukérim Abdushükür Abliz Batur
    Dilshat Abdughopur Ablet Arslan Atawulla Babur Elijan Ghulam Mahmut Nurmuhemmed Ömer
    Qahar Salih Tayir Tashpolat Memetrasul Hakim Ehmetjan Yunus
    Abdurazaq Abdusalam Abduqadir Ablajan Alimjan Barat Bekri Dolqun Eziz Ghalip Hamut
    Hebibulla Iminjan Iskender Jamal Küresh Lutpulla Merdan Muxtar Ömerjan Pidakar Qeyyum
    Rustem Sawut Semet Seypidin Shirip Wahit Yaqup Zakir Zulpiqar Ablehet Abdulhekim
    Memtimin Nebi Polat Rozaxun Sidiq Tursunniyaz Xalmurat Yarmemet Abdusemet Ablikimjan
    """
)

FEMALE: tuple[str, ...] = listed(
    """
    Gülnar Mihray Patigül Aygül Ayshem Meryem Gülzire Gülnisa Dilnur Dilber Gülbahar
    Gülmira Buhelchem Gülshen Mahire Mukerrem Nurgül Nurbiye Nigare Parida Rahile
    Reyhangül Risalet Roshengül Sajide Sanawer Shahide Tajigül Tursungül Zeynep Zöhre
    Zulpiye Zumret Ayshe Ayxan Hörnisa Muyesser Mehriban Gülbostan Xadiche Ayturghan
    Aynur Amine Asiye Gülchéhre Hawa Helchem Mayinur Nezire Pezilet Rizwangül Tumaris
    Zubeyde Gülnigar Adile
    Arzugül Ayjamal Ayshegül Bahargül Buayshem Dilara Dilnaz Gülchiray Gülhumar Gülpiye
    Gülzar Halime Hejer Humar Kamile Kewser Nazugum Nilufer Nurnisa Patime Reyhan Reziye
    Salamet Saniye Sebire Tajinisa Tunsagül Xalide Xeyrinisa Xurshide Yultuz Zahide Zulhumar
    Mahinur Hurigül Perizat Shemshinur Toxtigül Ziwida
    """
)

# Name-forming endings: naming.given_name forms a share of names with them.
MALE_ENDINGS: tuple[str, ...] = ("jan", "axun")
FEMALE_ENDINGS: tuple[str, ...] = ("gül", "xan", "nisa")

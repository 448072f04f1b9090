"""Hui (Chinese Muslim) names: surnames and given-name characters with their pinyin."""

from __future__ import annotations

from victimsdb.core.synth.text import pairs

SURNAMES: tuple[tuple[str, str, float], ...] = (
    ("马", "ma", 30.0),
    ("杨", "yang", 6.0),
    ("李", "li", 5.0),
    ("丁", "ding", 4.0),
    ("白", "bai", 3.0),
    ("韩", "han", 3.0),
    ("张", "zhang", 3.0),
    ("王", "wang", 3.0),
    ("穆", "mu", 2.0),
    ("金", "jin", 2.0),
    ("海", "hai", 2.0),
    ("沙", "sha", 2.0),
    ("刘", "liu", 2.0),
    ("苏", "su", 2.0),
    ("纳", "na", 1.0),
    ("哈", "ha", 1.0),
    ("冶", "ye", 1.0),
    ("黑", "hei", 1.0),
    ("撒", "sa", 1.0),
    ("虎", "hu", 1.0),
    ("周", "zhou", 1.0),
    ("米", "mi", 1.0),
    ("洪", "hong", 1.0),
    ("锁", "suo", 1.0),
)

MALE_CHARS: tuple[tuple[str, str], ...] = pairs(
    """
    军:jun 明:ming 强:qiang 伟:wei 斌:bin 忠:zhong 福:fu 成:cheng 海:hai 文:wen 勇:yong
    华:hua 学:xue 良:liang 国:guo 平:ping 龙:long 志:zhi 德:de 山:shan 俊:jun 林:lin
    祥:xiang 贵:gui 有:you 仁:ren 义:yi 建:jian 永:yong 光:guang 荣:rong 清:qing 生:sheng
    武:wu 鹏:peng 涛:tao 杰:jie 辉:hui 刚:gang 宝:bao
    """
)

FEMALE_CHARS: tuple[tuple[str, str], ...] = pairs(
    """
    梅:mei 兰:lan 芳:fang 秀:xiu 英:ying 玲:ling 霞:xia 燕:yan 丽:li 娟:juan 红:hong
    花:hua 萍:ping 琴:qin 婷:ting 静:jing 雪:xue 莲:lian 凤:feng 艳:yan 芬:fen 珍:zhen
    慧:hui 敏:min 娜:na 玉:yu 桂:gui 香:xiang 月:yue 云:yun
    """
)

"""Classifications an RM uses (DOMAIN.md step 1).

Values are stable codes stored in the database; `zh` is the term users type and see in
the zh_CN interface. English display names live in the UI's translation files.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

K = TypeVar("K", bound="Kind")


class Kind(str, Enum):
    """A closed set of codes, each with its Chinese term."""

    zh: str

    def __new__(cls, code: str, zh: str = "") -> Kind:
        # `zh` always comes from the member definition; the default only lets
        # type checkers accept lookups by code, e.g. TieKind("classmate").
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.zh = zh
        return obj

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls: type[K], text: str) -> K:
        """Accept the code, the member name or the Chinese term ("同学", "classmate")."""
        wanted = text.strip()
        for member in cls:
            if wanted in (member.value, member.zh) or wanted.upper() == member.name:
                return member
        choices = ", ".join(f"{m.zh} ({m.value})" for m in cls)
        raise ValueError(f"unknown {cls.__name__} {text!r}; choose one of: {choices}")


def optional(kind: type[K], code: str | None) -> K | None:
    """The member for a stored code, or None for no value."""
    return kind(code) if code else None


class TieFamily(Kind):
    """The two ways an RM classifies a tie: 五同 (shared ties) and 五缘 (bonds)."""

    TONG = ("tong", "五同")
    YUAN = ("yuan", "五缘")


class TieKind(Kind):
    """One of the five shared ties (五同) or the five bonds (五缘)."""

    CLASSMATE = ("classmate", "同学")
    HOMETOWN = ("hometown", "同乡")
    COLLEAGUE = ("colleague", "同事")
    HOBBY = ("hobby", "同好")
    NEIGHBOUR = ("neighbour", "同邻")
    KINSHIP = ("kinship", "亲缘")
    LOCALITY = ("locality", "地缘")
    PROFESSION = ("profession", "业缘")
    FAITH = ("faith", "神缘")
    TRADE = ("trade", "物缘")

    @property
    def family(self) -> TieFamily:
        return TieFamily.TONG if self in _TONG else TieFamily.YUAN

    @classmethod
    def of_family(cls, family: TieFamily) -> list[TieKind]:
        return [k for k in cls if k.family is family]


_TONG = frozenset(
    {TieKind.CLASSMATE, TieKind.HOMETOWN, TieKind.COLLEAGUE, TieKind.HOBBY, TieKind.NEIGHBOUR}
)


class Gender(Kind):
    MALE = ("male", "男")
    FEMALE = ("female", "女")


class FriendKind(Kind):
    """The five kinds of friends worth having: a tag set, never computed by the app."""

    INFLUENTIAL = ("influential", "有权")
    WEALTHY = ("wealthy", "有钱")
    WISE = ("wise", "有智慧")
    PASSIONATE = ("passionate", "有激情")
    ATTRACTIVE = ("attractive", "有魅力")  # the guide says 有美貌; a bank says this


class LeadSource(Kind):
    PUBLISHED = ("published", "资料法")
    HOUND = ("hound", "猎犬法")
    COLD = ("cold", "陌生拜访")
    OWN_NETWORK = ("own_network", "缘故法")
    REFERRAL = ("referral", "关系法")


class Answer(Kind):
    """A qualification answer: yes, no, or not known yet."""

    YES = ("yes", "是")
    NO = ("no", "否")
    UNKNOWN = ("unknown", "未知")


class Question(Kind):
    """The five qualification questions (优选法) that make a prospect a target client."""

    NEED = ("need", "有金融需求")
    AFFORD = ("afford", "有购买能力")
    GOOD_CLIENT = ("good_client", "符合优良客户条件")
    AUTHORITY = ("authority", "有购买决策权")
    VALUE = ("value", "能为本行创造价值")


class Stage(Kind):
    """The eight stages of a client's mood on the way to a deal: the pipeline."""

    ATTENTION = ("attention", "关注")
    INTEREST = ("interest", "兴趣")
    IMAGINATION = ("imagination", "联想")
    DESIRE = ("desire", "欲望")
    COMPARISON = ("comparison", "比较")
    CONVICTION = ("conviction", "相信")
    DECISION = ("decision", "决心")
    SATISFACTION = ("satisfaction", "满意")


class Education(Kind):
    PRIMARY = ("primary", "小学")
    JUNIOR = ("junior", "初中")
    SENIOR = ("senior", "高中/中专")
    COLLEGE = ("college", "大专")
    BACHELOR = ("bachelor", "本科")
    MASTER = ("master", "硕士")
    DOCTOR = ("doctor", "博士")


class MaritalStatus(Kind):
    SINGLE = ("single", "未婚")
    MARRIED = ("married", "已婚")
    DIVORCED = ("divorced", "离异")
    WIDOWED = ("widowed", "丧偶")


class IncomeBand(Kind):
    """Yearly income bands, in yuan. Income is a sensitive field."""

    BELOW_100K = ("lt_100k", "10万以下")
    FROM_100K = ("100k_300k", "10万–30万")
    FROM_300K = ("300k_500k", "30万–50万")
    FROM_500K = ("500k_1m", "50万–100万")
    FROM_1M = ("1m_3m", "100万–300万")
    ABOVE_3M = ("gt_3m", "300万以上")


class PhoneLabel(Kind):
    MOBILE = ("mobile", "手机")
    WORK = ("work", "办公")
    HOME = ("home", "住宅")
    FAX = ("fax", "传真")
    OTHER = ("other", "其他")


class AddressKind(Kind):
    HOME = ("home", "家庭")
    WORK = ("work", "单位")


class CalendarKind(Kind):
    SOLAR = ("solar", "公历")
    LUNAR = ("lunar", "农历")


class VisitPurpose(Kind):
    """The typical purposes of a visit (拜访目的, DOMAIN.md step 2)."""

    RELATIONSHIP = ("relationship", "建立关系")
    NEEDS = ("needs", "了解需求")
    INTELLIGENCE = ("intelligence", "了解客户情况")  # the guide: 搜集情报
    PRODUCT = ("product", "介绍产品")
    DEEPEN = ("deepen", "加深了解")
    SOCIAL = ("social", "联谊公关")
    CLOSE = ("close", "促成交易")


class VisitStatus(Kind):
    PROPOSED = ("proposed", "拟定")
    BOOKED = ("booked", "已约")
    DONE = ("done", "已访")
    CANCELLED = ("cancelled", "已取消")


class Formality(Kind):
    FORMAL = ("formal", "正式")
    INFORMAL = ("informal", "非正式")


class Setting(Kind):
    PUBLIC = ("public", "公开")
    PRIVATE = ("private", "私下")


class Audience(Kind):
    GROUP = ("group", "集体")
    ONE_TO_ONE = ("one_to_one", "一对一")


class Material(Kind):
    """The usual marketing tools (营销工具) to bring; a plan may add its own items."""

    BROCHURES = ("brochures", "产品资料")
    CARDS = ("cards", "名片")
    CALCULATOR = ("calculator", "计算器")
    GIFTS = ("gifts", "礼品/宣传品")
    DOCUMENTS = ("documents", "文件")
    LETTER = ("letter", "介绍信")


class Style(Kind):
    """The five client communication styles (客户类型, DOMAIN.md step 3)."""

    STEADY = ("steady", "成熟稳健型")
    CAUTIOUS = ("cautious", "谨慎小心型")
    INEXPERIENCED = ("inexperienced", "欠缺经验型")
    HAGGLER = ("haggler", "斤斤计较型")
    SHOW_OFF = ("show_off", "喜欢炫耀型")


# The recommended approach for each style (DOMAIN.md step 3), shown wherever a dossier is
# read. The UI translates these sentences; zh is the source's own wording.
STYLE_APPROACH_ZH = {
    Style.STEADY: "比对方更专业，用事实和数据说话",
    Style.CAUTIOUS: "多寒暄，有耐心，慢慢建立信任",
    Style.INEXPERIENCED: "用浅白的语言，拿出证明，不施加压力",
    Style.HAGGLER: "立场坚定，小幅让步，两位客户经理一同前往",
    Style.SHOW_OFF: "多倾听、多赞美，把产品定位为身份的象征",
}


class Circle(Kind):
    """Where a person in someone's life stands: family, friends, neighbours (人际)."""

    RELATIVE = ("relative", "亲属")
    FRIEND = ("friend", "朋友")
    NEIGHBOUR = ("neighbour", "邻居")


class Smoking(Kind):
    NO = ("no", "不吸烟")
    SOMETIMES = ("sometimes", "偶尔")
    YES = ("yes", "吸烟")


class Cuisine(Kind):
    SICHUAN = ("sichuan", "川菜")
    CANTONESE = ("cantonese", "粤菜")
    SHANDONG = ("shandong", "鲁菜")
    HUNAN = ("hunan", "湘菜")
    ZHEJIANG = ("zhejiang", "浙菜")
    JIANGSU = ("jiangsu", "苏菜")
    FUJIAN = ("fujian", "闽菜")
    ANHUI = ("anhui", "徽菜")
    SEAFOOD = ("seafood", "海鲜")
    WESTERN = ("western", "西餐")
    VEGETARIAN = ("vegetarian", "素食")


class Relationship(Kind):
    """How good the relationship with our bank is."""

    COLD = ("cold", "冷淡")
    NEUTRAL = ("neutral", "一般")
    GOOD = ("good", "良好")
    CLOSE = ("close", "密切")


class Introduction(Kind):
    """Where an introduction stands (关系法): introduced → met → client / declined."""

    INTRODUCED = ("introduced", "已介绍")
    MET = ("met", "已见面")
    CLIENT = ("client", "已成客户")
    DECLINED = ("declined", "已婉拒")


class Role(Kind):
    """A person's role at a corporate client."""

    LEGAL_PERSON = ("legal_person", "法定代表人")
    DECISION_MAKER = ("decision_maker", "决策人")
    FINANCE_HEAD = ("finance_head", "财务负责人")
    SHAREHOLDER = ("shareholder", "股东")
    MANAGER = ("manager", "管理人员")
    STAFF = ("staff", "员工")


class LifeCycle(Kind):
    """An industry's (or company's) life-cycle stage."""

    INTRODUCTION = ("introduction", "导入")
    GROWTH = ("growth", "成长")
    MATURITY = ("maturity", "成熟")
    DECLINE = ("decline", "衰退")


class CallOutcome(Kind):
    """How a call went (DOMAIN.md step 1, cold calls)."""

    REACHED = ("reached", "已接通")
    NO_ANSWER = ("no_answer", "无人接听")
    REFUSED = ("refused", "拒绝")
    CALL_BACK = ("call_back", "约定回电")
    BOOKED = ("booked", "约见成功")


class Signal(Kind):
    """The client's body language at a visit, as traffic lights (DOMAIN.md step 4)."""

    GREEN = ("green", "绿灯")
    YELLOW = ("yellow", "黄灯")
    RED = ("red", "红灯")


class ObjectionKind(Kind):
    REAL = ("real", "真实异议")
    EXCUSE = ("excuse", "虚假异议")
    HIDDEN = ("hidden", "隐藏异议")


class ObjectionCause(Kind):
    CLIENT = ("client", "客户原因")
    RM = ("rm", "客户经理原因")
    BANK = ("bank", "银行/产品原因")


class Handling(Kind):
    """How an objection was met (DOMAIN.md step 4)."""

    CLARIFY = ("clarify", "除疑去误")
    YES_BUT = ("yes_but", "让步处理")
    OFFSET = ("offset", "以优补劣")
    ADVICE = ("advice", "讨教客户")
    SOFT = ("soft", "以柔克刚")
    DETOUR = ("detour", "以退为进")


class Closing(Kind):
    """The closing method tried (DOMAIN.md step 5)."""

    GOAL = ("goal", "目标导向法")
    EITHER_OR = ("either_or", "二择一法")
    TRIAL = ("trial", "投石问路法")
    DIRECT = ("direct", "直接请求法")
    EVIDENCE = ("evidence", "例证法")
    BETTER_TERMS = ("better_terms", "优惠诱导法")
    DEADLINE = ("deadline", "限期法")


class ProductType(Kind):
    """What a client holds with the bank (DOMAIN.md step 6, keeping clients)."""

    DEPOSIT = ("deposit", "定期存款")
    WEALTH = ("wealth", "理财产品")
    FUND = ("fund", "基金")
    INSURANCE = ("insurance", "保险")
    LOAN = ("loan", "贷款")
    CREDIT_LINE = ("credit_line", "授信额度")
    CREDIT_CARD = ("credit_card", "信用卡")
    DEBIT_CARD = ("debit_card", "借记卡（普卡）")
    VIP_CARD = ("vip_card", "贵宾卡")
    OTHER = ("other", "其他产品")


class KeyDirection(Kind):
    """Where a key client's relationship is meant to go."""

    DEEPEN = ("deepen", "深化")
    KEEP = ("keep", "维持")
    EXIT = ("exit", "退出")


class ComplaintStep(Kind):
    """The seven steps of handling a complaint (DOMAIN.md step 6), in order."""

    ASIDE = ("aside", "立即单独处理")
    CALM = ("calm", "安抚情绪")
    APOLOGISE = ("apologise", "诚恳致歉")
    FACTS = ("facts", "了解事实")
    FIX = ("fix", "提出解决方案")
    OUTCOME = ("outcome", "告知结果并落实")
    THANK = ("thank", "致谢并回访")

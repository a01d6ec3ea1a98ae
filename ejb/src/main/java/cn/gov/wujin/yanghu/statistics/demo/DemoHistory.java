package cn.gov.wujin.yanghu.statistics.demo;

import cn.gov.wujin.yanghu.shared.BureauTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A year of a bureau's work for the demo, made in memory without a database: the places, the
 * people and what they did over the twelve months before {@code today}. The same seed and day
 * give the same rows; every date is counted back from that day, so the last twelve months are
 * always full. {@link DemoHistoryLoader} writes it. Names and numbers are invented; the mix of
 * fraud types and the amounts follow the shape of the bureau's real figures (order-brushing
 * most frequent, most losses below 50,000 yuan, a few very large).
 */
public final class DemoHistory {

    public static final long SEED = 20261206L;

    /** code, 中文, English, latitude, longitude: the 13 stations (as organization.demo.DemoData makes them) and their towns' centres. */
    static final Object[][] STATIONS = {
            {"HT", "湖塘", 31.7185, 119.9610}, {"NT", "牛塘", 31.7520, 119.9290}, {"NXS", "南夏墅", 31.6800, 119.9850},
            {"XH", "西湖", 31.7230, 119.9050}, {"LY", "洛阳", 31.7980, 120.0990}, {"YG", "遥观", 31.7690, 120.0500},
            {"HL", "横林", 31.8230, 120.1530}, {"HSQ", "横山桥", 31.7700, 120.1320}, {"XY", "雪堰", 31.5330, 120.0810},
            {"QH", "前黄", 31.5830, 119.9720}, {"LJ", "礼嘉", 31.6420, 119.9920}, {"JZ", "嘉泽", 31.6820, 119.7900},
            {"HLI", "湟里", 31.6310, 119.7310},
    };

    /** Per station: communities and villages (中文, English) beside those the fixed demo data has. */
    private static final String[][][] PLACES = {
            {{"阳湖社区", "Yanghu Community"}, {"星河社区", "Xinghe Community"}, {"延政社区", "Yanzheng Community"}, {"府南村", "Funan Village"}},
            {{"虹西村", "Hongxi Village"}, {"丫河村", "Yahe Village"}, {"青云社区", "Qingyun Community"}, {"高家村", "Gaojia Village"}},
            {{"南夏墅社区", "Nanxiashu Community"}, {"岳津村", "Yuejin Village"}, {"苏庄村", "Suzhuang Village"}, {"大通村", "Datong Village"}},
            {{"西湖社区", "Xihu Community"}, {"庙桥社区", "Miaoqiao Community"}, {"武南社区", "Wunan Community"}, {"茂家村", "Maojia Village"}},
            {{"洛阳社区", "Luoyang Community"}, {"岑村", "Cencun Village"}, {"戴溪村", "Daixi Village"}, {"永安村", "Yong'an Village"}},
            {{"遥观社区", "Yaoguan Community"}, {"剑湖村", "Jianhu Village"}, {"今创社区", "Jinchuang Community"}, {"塘桥村", "Tangqiao Village"}},
            {{"横林社区", "Henglin Community"}, {"崔桥社区", "Cuiqiao Community"}, {"顶园村", "Dingyuan Village"}, {"狄墅村", "Dishu Village"}},
            {{"横山桥社区", "Hengshanqiao Community"}, {"芙蓉社区", "Furong Community"}, {"五一村", "Wuyi Village"}, {"西崦村", "Xiyan Village"}},
            {{"雪堰社区", "Xueyan Community"}, {"漕桥社区", "Caoqiao Community"}, {"城湾村", "Chengwan Village"}, {"太湖村", "Taihu Village"}},
            {{"前黄社区", "Qianhuang Community"}, {"寨桥社区", "Zhaiqiao Community"}, {"运村村", "Yuncun Village"}, {"杨桥村", "Yangqiao Village"}},
            {{"礼嘉社区", "Lijia Community"}, {"坂上村", "Banshang Village"}, {"政平村", "Zhengping Village"}, {"武阳村", "Wuyang Village"}},
            {{"夏溪社区", "Xiaxi Community"}, {"成章村", "Chengzhang Village"}, {"跃进村", "Yuejin Village"}, {"西墅村", "Xishu Village"}},
            {{"湟里社区", "Huangli Community"}, {"东安社区", "Dong'an Community"}, {"村前村", "Cunqian Village"}, {"新联村", "Xinlian Village"}},
    };

    private static final String[] GRID_ZH = {"第一网格", "第二网格", "第三网格"};

    /** Fraud types of the reference table (V3) and their weight in a hundred cases. */
    static final String[] FRAUD_TYPES = {"ORDER_BRUSHING", "FAKE_INVESTMENT", "FAKE_LOAN", "FAKE_CUSTOMER_SERVICE",
            "IMPERSONATING_AUTHORITIES", "GAME_TRADING", "FAKE_CREDIT_REPAIR", "FAKE_SHOPPING", "IMPERSONATING_ACQUAINTANCE",
            "ROMANCE", "ELDERLY_CARE", "OTHER"};
    private static final int[] TYPE_WEIGHTS = {28, 17, 12, 10, 7, 6, 6, 5, 4, 3, 1, 1};
    /** The median loss of each type, in yuan (the log-normal's centre). */
    private static final double[] TYPE_MEDIAN = {6_000, 40_000, 5_000, 9_000, 30_000, 2_500, 6_000, 3_000, 12_000, 50_000, 20_000, 5_000};
    private static final String[] NARRATIVES = {
            "受害人在网上看到“刷单返利”兼职广告，按对方要求垫付资金完成任务，后无法提现。",
            "受害人被拉入“投资理财”群，在虚假平台充值后被要求缴纳保证金，无法提现。",
            "受害人在网上申请贷款，对方以“解冻费”“刷流水”为由多次索要费用。",
            "自称电商或快递客服来电称包裹丢失或会员需关闭，诱导受害人转账。",
            "自称公安、检察院工作人员来电称受害人涉嫌洗钱，要求将资金转入“安全账户”。",
            "受害人在非正规平台购买游戏账号装备，付款后对方失联。",
            "对方称可帮助“修复征信”“注销校园贷”，诱导受害人转账。",
            "受害人在社交平台购买低价商品，付款后对方拉黑。",
            "冒充受害人领导或熟人添加好友，以急需用钱为由要求转账。",
            "受害人在婚恋交友平台结识网友，被诱导在虚假平台投资。",
            "以养老服务、保健品投资为名吸收受害人资金后失联。",
            "受害人报称被骗，详见笔录。",
    };
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
            .split("");
    private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华志强国平红梅晓东海燕春雷文斌玉兰建国丽萍晨宇浩然子涵欣怡雨轩")
            .split("");
    private static final String[] OCCUPATIONS = {"工厂职工", "个体经营", "退休人员", "在校学生", "公司职员", "务农", "教师", "自由职业", "家庭主妇", "外卖骑手"};
    private static final String[] TIP_CATEGORIES = {"SUSPICIOUS_PERSON", "SUSPICIOUS_VEHICLE", "SAFETY_HAZARD", "DISPUTE", "FRAUD_LEAD", "OTHER"};
    private static final int[] TIP_WEIGHTS = {18, 8, 34, 14, 16, 10};
    private static final String[][] TIP_TEXTS = {
            {"小区门口", "两名陌生男子在楼道内逐户查看门锁"},
            {"菜场停车场", "一辆无牌面包车连续多日夜间停放，车内有人"},
            {"楼道", "电动车在楼道内充电，电线私拉乱接"},
            {"沿街商铺", "店主与顾客因退款发生争执，有推搡"},
            {"广场", "有人发传单宣传高息养老理财，拉老人扫码进群"},
            {"河道边", "护栏松动，夜间照明不足"},
    };
    private static final String[] SECTORS = {"MANUFACTURING", "MANUFACTURING", "MANUFACTURING", "CONSTRUCTION", "LOGISTICS", "TECHNOLOGY",
            "RETAIL", "SERVICES"};
    private static final String[] ENTERPRISE_WORDS = {"精密机械", "新能源科技", "智能装备", "纺织", "电子", "新材料", "建设工程", "物流", "汽车零部件",
            "光伏科技", "生物医药", "环保设备"};
    private static final String[] REQUEST_CATEGORIES = {"TALENT_RESIDENCE", "SITE_SECURITY_CHECK", "DISPUTE_HELP", "FRAUD_PREVENTION_TALK", "OTHER"};
    private static final int[] REQUEST_DAYS = {10, 7, 5, 15, 10};
    private static final String[] REQUEST_TEXTS = {"新引进技术人员需办理落户", "请求对施工现场开展治安检查", "分包队伍工人讨薪，请求协助调处",
            "请为员工开展一次反诈宣讲", "厂区周边夜间照明不足，请求加强巡逻"};
    private static final String[] RISKS = {"SITE_THEFT", "WAGE_DISPUTE", "FRAUD_TARGETING_STAFF", "TRAFFIC", "FIRE_SAFETY"};
    private static final String[] LEAD_SOURCES = {"ANTI_FRAUD_CENTER", "ANTI_FRAUD_CENTER", "ANTI_FRAUD_CENTER", "HOTLINE_96110", "BANK", "OTHER"};

    public record Community(String station, String code, String nameZh, String nameEn, String kind, List<Grid> grids) {
    }

    public record Grid(String code, String nameZh, String nameEn) {
    }

    /** An account of the history; all have the demo password. */
    public record Person(String username, String name, String station, String role, String phone) {
    }

    public record Identifier(String type, String value) {
    }

    public record Step(String action, String from, String to, String actor, Instant at) {
    }

    public record Transfer(Instant at, BigDecimal amount, String channel, String fromAccount, String toAccount, String toBank) {
    }

    public record Stop(String bank, String account, BigDecimal requested, Instant requestedAt, String by, BigDecimal stopped,
                       Instant stoppedAt, BigDecimal frozen, Instant frozenAt) {
    }

    public record Refund(BigDecimal amount, Instant at, String by) {
    }

    public record FraudCase(String station, String fraudType, Instant reportedAt, String status, String narrative, String officer,
                            String createdBy, Instant dueAt, String victimName, String victimPhone, int victimAge, String occupation,
                            List<Transfer> transfers, List<Identifier> identifiers, List<Step> steps, List<Stop> stops, List<Refund> refunds) {

        public BigDecimal loss() {
            return transfers.stream().map(Transfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Lead(String station, String phone, String personName, String source, String urgency, Instant receivedAt,
                       Instant deadline, String status, String contactMethod, String note, Instant outcomeAt, String outcomeBy) {
    }

    public record Tip(String station, int group, String submitter, String trackingCode, String category, Instant occurredAt,
                      Instant submittedAt, String place, double latitude, double longitude, String description, String status, String triagedBy,
                      Instant triagedAt, String triageNote) {
    }

    /** A patrol group; {@code group} numbers in tips and shifts are indexes into {@link #groups()}. */
    public record Group(String station, String name, String leader, String communityCode, List<Member> members) {
    }

    public record Member(String username, String name, String kind, String phone, LocalDate joinedOn) {
    }

    public record Shift(int group, String area, Instant startsAt, Instant endsAt, int needed, String createdBy, List<Signup> signups) {
    }

    /** {@code member} indexes the group's members. */
    public record Signup(int member, Instant signedUpAt, Instant checkedInAt, Instant checkedOutAt, String notes) {

        /** Hours as Shift.hoursOf counts them (whole tenths within the shift). */
        public double hours(Shift shift) {
            if (checkedInAt == null || checkedOutAt == null) {
                return 0;
            }
            Instant from = checkedInAt.isBefore(shift.startsAt()) ? shift.startsAt() : checkedInAt;
            Instant to = checkedOutAt.isAfter(shift.endsAt()) ? shift.endsAt() : checkedOutAt;
            return Math.floor(Math.max(0, Duration.between(from, to).toMinutes()) / 6.0) / 10.0;
        }
    }

    public record Enterprise(String station, String creditCode, String name, String sector, String address, String contact,
                             String phone, Instant createdAt, String project, BigDecimal investment, LocalDate signedOn,
                             String stage, String liaison, List<Visit> visits, List<Request> requests) {
    }

    public record Visit(LocalDate on, String peopleMet, String topics, String risk, String riskNote) {
    }

    public record Request(String category, String description, Instant receivedAt, Instant deadlineAt, String status,
                          Instant startedAt, Instant resolvedAt, String resolution, Instant closedAt, Integer rating, String comment,
                          Instant escalatedAt) {
    }

    private final LocalDate today;
    private final Instant start;
    private final SplittableRandom random;
    private final List<Community> communities = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<FraudCase> cases = new ArrayList<>();
    private final List<Lead> leads = new ArrayList<>();
    private final List<Tip> tips = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Shift> shifts = new ArrayList<>();
    private final List<Enterprise> enterprises = new ArrayList<>();

    private DemoHistory(LocalDate today, long seed) {
        this.today = today;
        this.start = today.atStartOfDay(BureauTime.ZONE).toInstant();
        this.random = new SplittableRandom(seed);
    }

    /** The history of the year before {@code today} (bureau time): the same for the same day and seed. */
    public static DemoHistory generate(LocalDate today, long seed) {
        DemoHistory history = new DemoHistory(today, seed);
        for (int s = 0; s < STATIONS.length; s++) {
            history.station(s);
        }
        return history;
    }

    private void station(int s) {
        String code = (String) STATIONS[s][0];
        String lower = code.toLowerCase();
        List<Community> own = new ArrayList<>();
        for (int c = 0; c < PLACES[s].length; c++) {
            String[] place = PLACES[s][c];
            String communityCode = code + "-" + (11 + c);
            List<Grid> grids = new ArrayList<>();
            for (int g = 0; g < GRID_ZH.length; g++) {
                grids.add(new Grid(communityCode + "-G" + (g + 1), place[0] + GRID_ZH[g], place[1] + " Grid " + (g + 1)));
            }
            own.add(new Community(code, communityCode, place[0], place[1], place[0].endsWith("村") ? "VILLAGE" : "COMMUNITY", grids));
        }
        communities.addAll(own);

        String head = person(lower + ".head", code, "SUPERVISOR");
        List<String> officers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            officers.add(person(lower + ".officer" + i, code, "OFFICER"));
        }
        for (int i = 1; i <= 4; i++) {
            person(lower + ".auxiliary" + i, code, "AUXILIARY");
        }
        List<String> liaisons = List.of(person(lower + ".liaison1", code, "LIAISON"), person(lower + ".liaison2", code, "LIAISON"));
        List<Person> volunteers = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            person(lower + ".volunteer" + i, code, "VOLUNTEER");
            volunteers.add(people.get(people.size() - 1));
        }

        // a larger town has more cases: 湖塘 and the towns near it most
        int weight = switch (code) {
            case "HT" -> 420;
            case "NT", "XH", "YG" -> 300;
            case "LY", "HL", "NXS" -> 230;
            default -> 160;
        };
        for (int i = 0; i < weight; i++) {
            cases.add(fraudCase(code, officers, head));
        }
        for (int i = 0; i < weight * 13 / 10; i++) {
            leads.add(lead(code, officers));
        }
        patrol(s, code, own, officers, volunteers);
        liaison(code, liaisons);
    }

    private String person(String username, String station, String role) {
        String name = name();
        people.add(new Person(username, name, station, role, phone(role.equals("VOLUNTEER") ? "138" : "139")));
        return username;
    }

    private FraudCase fraudCase(String station, List<String> officers, String head) {
        int type = weighted(TYPE_WEIGHTS);
        // more cases in the recent months, as the bureau's figures grew; a day, then an hour of the day
        int daysAgo = 1 + (int) Math.floor(364 * Math.pow(random.nextDouble(), 1.15));
        Instant reported = start.minus(Duration.ofDays(daysAgo)).plus(Duration.ofMinutes(8 * 60 + random.nextInt(14 * 60)));
        String officer = officers.get(random.nextInt(officers.size()));
        double median = TYPE_MEDIAN[type];
        double amount = Math.min(8_000_000, Math.max(50, Math.exp(Math.log(median) + 1.35 * gaussian())));
        int transferCount = amount < 3_000 ? 1 : 1 + random.nextInt(amount > 100_000 ? 5 : 3);
        List<Transfer> transfers = new ArrayList<>();
        String fromAccount = "6217" + digits(15);
        BigDecimal left = money(amount);
        for (int t = 0; t < transferCount; t++) {
            BigDecimal part = t == transferCount - 1 ? left
                    : left.multiply(BigDecimal.valueOf(0.2 + 0.5 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
            if (part.signum() <= 0) {
                break;
            }
            left = left.subtract(part);
            String channel = switch (random.nextInt(10)) {
                case 0, 1, 2 -> "ALIPAY";
                case 3, 4 -> "WECHAT_PAY";
                case 5 -> amount > 50_000 ? "CRYPTO" : "BANK_CARD";
                default -> "BANK_CARD";
            };
            boolean bank = channel.equals("BANK_CARD");
            transfers.add(new Transfer(reported.minus(Duration.ofMinutes(30 + random.nextInt(60 * 72))).plusSeconds(t * 900L), part,
                    channel, bank ? fromAccount : null, bank ? "62" + digits(17) : "pay" + digits(8) + "@demo.example",
                    bank ? "某商业银行" : null));
        }
        List<Identifier> identifiers = new ArrayList<>();
        identifiers.add(new Identifier("PHONE", "17" + digits(9)));
        if (random.nextInt(3) == 0) {
            identifiers.add(new Identifier("WECHAT", "wxid_" + Long.toString(random.nextLong(1L << 40), 36)));
        }
        for (Transfer t : transfers) {
            if (t.channel().equals("BANK_CARD")) {
                identifiers.add(new Identifier("BANK_ACCOUNT", t.toAccount()));
            }
        }

        List<Step> steps = new ArrayList<>();
        Instant cutoff = start.minus(Duration.ofMinutes(30));
        String status = "REPORTED";
        Instant at = reported;
        // the procedure's way, each step a while after the one before, as far as the case got by now
        String[][] way = next(status);
        while (way != null) {
            // a fifth of those not filed ask for reconsideration (复议), once, right after the decision
            if (status.equals("NOT_FILED") && (!steps.get(steps.size() - 1).action().equals("NOT_FILE") || random.nextInt(100) >= 20)) {
                break;
            }
            String[] chosen = way[0];
            if (way.length > 1 && random.nextInt(100) < Integer.parseInt(way[1][3])) {
                chosen = way[1];
            }
            long minutes = Long.parseLong(chosen[2]);
            Instant then = at.plus(Duration.ofMinutes(minutes / 2 + random.nextLong(Math.max(1, minutes))));
            if (then.isAfter(cutoff)) {
                break;
            }
            // not every case is solved: a third of those investigated stay open
            if (chosen[0].equals("SOLVE") && random.nextInt(100) < 62) {
                break;
            }
            String actor = chosen[0].equals("FILE") || chosen[0].equals("NOT_FILE") || chosen[0].equals("CLOSE")
                    || chosen[0].equals("WITHDRAW") || chosen[0].equals("UPHOLD") || chosen[0].equals("REVERSE") ? head : officer;
            steps.add(new Step(chosen[0], status, chosen[1], actor, then));
            status = chosen[1];
            at = then;
            way = next(status);
        }
        Instant due = switch (status) {
            case "REPORTED" -> at.plus(Duration.ofHours(24));
            case "ACCEPTED" -> at.plus(Duration.ofDays(3));
            case "FILED" -> at.plus(Duration.ofDays(7));
            case "INVESTIGATING" -> at.plus(Duration.ofDays(60));
            case "SOLVED", "PROSECUTION_TRANSFERRED" -> at.plus(Duration.ofDays(30));
            // RECONSIDERATION_DECISION_DAYS as V25 ships it: the history is made in memory, before the table is read
            case "RECONSIDERING" -> at.plus(Duration.ofDays(30));
            default -> null;
        };
        if (due != null && due.isBefore(start) && random.nextInt(10) != 0) {
            // most long-running cases had their deadline extended; one in ten is overdue
            due = start.plus(Duration.ofDays(1 + random.nextInt(40)));
        }

        List<Stop> stops = new ArrayList<>();
        List<Refund> refunds = new ArrayList<>();
        Transfer banked = transfers.stream().filter(t -> t.channel().equals("BANK_CARD")).findFirst().orElse(null);
        if (banked != null && random.nextInt(100) < 45) {
            Instant requested = reported.plus(Duration.ofMinutes(10 + random.nextInt(random.nextInt(3) == 0 ? 50 : 600)));
            BigDecimal stopped = banked.amount().multiply(BigDecimal.valueOf(random.nextDouble() * 0.8)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal frozen = stopped.multiply(BigDecimal.valueOf(0.5 + random.nextDouble() / 2)).setScale(2, RoundingMode.HALF_UP);
            Instant stoppedAt = requested.plus(Duration.ofMinutes(20 + random.nextInt(600)));
            Instant frozenAt = stoppedAt.plus(Duration.ofHours(2 + random.nextInt(40)));
            if (frozenAt.isBefore(cutoff)) {
                stops.add(new Stop("某商业银行", banked.toAccount(), banked.amount(), requested, officer, stopped, stoppedAt, frozen, frozenAt));
                Instant returned = frozenAt.plus(Duration.ofDays(20 + random.nextInt(90)));
                if (frozen.signum() > 0 && returned.isBefore(cutoff) && random.nextInt(100) < 55) {
                    refunds.add(new Refund(frozen, returned, officer));
                }
            }
        }
        String createdBy = officers.get(random.nextInt(officers.size()));
        return new FraudCase(station, FRAUD_TYPES[type], reported, status, NARRATIVES[type], status.equals("REPORTED") ? null : officer,
                createdBy, due, name().charAt(0) + "某", "13" + digits(9), 16 + random.nextInt(70),
                OCCUPATIONS[random.nextInt(OCCUPATIONS.length)], transfers, identifiers, steps, stops, refunds);
    }

    /** The steps a case may take from a status: {action, to, minutes it usually takes, percent of the second}. */
    private static String[][] next(String status) {
        return switch (status) {
            case "REPORTED" -> new String[][]{{"ACCEPT", "ACCEPTED", "180", "0"}};
            case "ACCEPTED" -> new String[][]{{"FILE", "FILED", "2880", "0"}, {"NOT_FILE", "NOT_FILED", "2880", "8"}};
            case "FILED" -> new String[][]{{"INVESTIGATE", "INVESTIGATING", "4320", "0"}, {"WITHDRAW", "WITHDRAWN", "4320", "2"}};
            case "INVESTIGATING" -> new String[][]{{"SOLVE", "SOLVED", "86400", "0"}};
            case "SOLVED" -> new String[][]{{"TRANSFER", "PROSECUTION_TRANSFERRED", "28800", "0"}};
            case "PROSECUTION_TRANSFERRED" -> new String[][]{{"CLOSE", "CLOSED", "57600", "0"}};
            case "NOT_FILED" -> new String[][]{{"RECONSIDER", "RECONSIDERING", "4320", "0"}};
            case "RECONSIDERING" -> new String[][]{{"UPHOLD", "NOT_FILED", "28800", "0"}, {"REVERSE", "FILED", "28800", "25"}};
            default -> null;
        };
    }

    private Lead lead(String station, List<String> officers) {
        int daysAgo = 1 + random.nextInt(364);
        Instant received = start.minus(Duration.ofDays(daysAgo)).plus(Duration.ofMinutes(random.nextInt(24 * 60)));
        boolean urgent = random.nextInt(3) != 0;
        Instant deadline = received.plus(urgent ? Duration.ofHours(2) : Duration.ofHours(24));
        int roll = random.nextInt(100);
        String status = roll < 72 ? "DISSUADED" : roll < 90 ? "UNREACHABLE" : "ALREADY_DEFRAUDED";
        String note = switch (status) {
            case "DISSUADED" -> "已电话劝阻，当事人表示不再转账";
            case "UNREACHABLE" -> "多次拨打无人接听，已通知社区上门";
            default -> "当事人已转账，已引导报案";
        };
        Instant outcome = received.plus(Duration.ofMinutes(5 + random.nextInt(urgent ? 100 : 600)));
        return new Lead(station, "1" + (3 + random.nextInt(6)) + digits(9), random.nextInt(3) == 0 ? null : name(),
                LEAD_SOURCES[random.nextInt(LEAD_SOURCES.length)], urgent ? "URGENT" : "NORMAL", received, deadline, status,
                random.nextInt(5) == 0 ? "VISIT" : "CALL", note, outcome, officers.get(random.nextInt(officers.size())));
    }

    private void patrol(int s, String station, List<Community> own, List<String> officers, List<Person> volunteers) {
        double lat = (Double) STATIONS[s][2];
        double lon = (Double) STATIONS[s][3];
        int first = groups.size();
        for (int g = 0; g < 3; g++) {
            Community community = own.get(g);
            List<Member> members = new ArrayList<>();
            for (int v = g; v < volunteers.size(); v += 3) {
                Person p = volunteers.get(v);
                members.add(new Member(p.username(), p.name(), "VOLUNTEER", p.phone(), today.minusDays(400 + random.nextInt(600))));
            }
            members.add(new Member(null, name(), "SECURITY_GUARD", phone("136"), today.minusDays(500)));
            members.add(new Member(null, name(), "GRID_WORKER", phone("136"), today.minusDays(700)));
            groups.add(new Group(station, community.nameZh() + "巡防队", officers.get(g), community.code(), members));
        }
        // each group walks twice a week, Tuesday and Saturday evenings, for a year and the next two weeks
        for (int g = first; g < groups.size(); g++) {
            Group group = groups.get(g);
            String area = group.name().replace("巡防队", "") + "主要道路—菜场—学校周边";
            for (LocalDate day = today.minusDays(364); day.isBefore(today.plusDays(14)); day = day.plusDays(1)) {
                if (day.getDayOfWeek() != DayOfWeek.TUESDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY) {
                    continue;
                }
                Instant from = day.atTime(LocalTime.of(19, 0)).atZone(BureauTime.ZONE).toInstant();
                Instant to = from.plus(Duration.ofHours(2));
                boolean past = to.isBefore(start);
                List<Signup> signups = new ArrayList<>();
                int volunteersInGroup = group.members().size() - 2;
                int count = 3 + random.nextInt(3);
                int offset = random.nextInt(volunteersInGroup);
                for (int k = 0; k < count; k++) {
                    int member = (offset + k) % volunteersInGroup;
                    Instant signed = from.minus(Duration.ofHours(24 + random.nextInt(96)));
                    if (!past) {
                        if (signed.isBefore(start)) {
                            signups.add(new Signup(member, signed, null, null, null));
                        }
                        continue;
                    }
                    boolean came = random.nextInt(100) < 92;
                    Instant in = came ? from.plus(Duration.ofMinutes(random.nextInt(20) - 10)) : null;
                    Instant out = came ? to.plus(Duration.ofMinutes(random.nextInt(20) - 8)) : null;
                    signups.add(new Signup(member, signed, in, out, came ? "沿线巡逻正常，劝导电动车规范停放" : null));
                }
                shifts.add(new Shift(g, area, from, to, 4, group.leader(), signups));
            }
        }
        // tips: a few a day across the station, most from the groups' volunteers, positioned in the town
        int tipCount = 200 + random.nextInt(80);
        for (int i = 0; i < tipCount; i++) {
            int g = first + random.nextInt(3);
            Group group = groups.get(g);
            boolean fromVolunteer = random.nextInt(100) < 60;
            String submitter = fromVolunteer ? group.members().get(random.nextInt(group.members().size() - 2)).username() : null;
            int category = weighted(TIP_WEIGHTS);
            int daysAgo = 1 + random.nextInt(364);
            Instant occurred = start.minus(Duration.ofDays(daysAgo)).plus(Duration.ofMinutes(7 * 60 + random.nextInt(15 * 60)));
            Instant submitted = occurred.plus(Duration.ofMinutes(5 + random.nextInt(60)));
            String status;
            int roll = random.nextInt(100);
            if (daysAgo <= 2 && roll < 60) {
                status = "NEW";
            } else if (roll < 55) {
                status = "RESOLVED";
            } else if (roll < 88) {
                status = "DISMISSED";
            } else {
                status = TIP_CATEGORIES[category].equals("FRAUD_LEAD") ? "CASE_OPENED" : "RESOLVED";
            }
            if (status.equals("CASE_OPENED")) {
                status = "RESOLVED"; // a tip that opened a case is linked to it; the history's tips stay apart from the cases
            }
            boolean triaged = !status.equals("NEW");
            Community community = own.get(random.nextInt(own.size()));
            String[] text = TIP_TEXTS[category];
            tips.add(new Tip(station, fromVolunteer ? g : -1, submitter, trackingCode(), TIP_CATEGORIES[category], occurred,
                    submitted, community.nameZh() + text[0], round6(lat + gaussian() * 0.012), round6(lon + gaussian() * 0.014),
                    text[1], status, triaged ? officers.get(random.nextInt(officers.size())) : null,
                    triaged ? submitted.plus(Duration.ofMinutes(20 + random.nextInt(600))) : null,
                    triaged ? (status.equals("RESOLVED") ? "已派员处置" : "经核实无异常") : null));
        }
    }

    private void liaison(String station, List<String> liaisons) {
        for (int e = 0; e < 6; e++) {
            String word = ENTERPRISE_WORDS[random.nextInt(ENTERPRISE_WORDS.length)];
            String town = townOf(station);
            String name = "常州" + name().substring(1) + word + (e % 2 == 0 ? "有限公司" : "股份有限公司");
            LocalDate signed = today.minusDays(300 + random.nextInt(500));
            int stageRoll = random.nextInt(10);
            String stage = stageRoll < 2 ? "LANDED" : stageRoll < 6 ? "CONSTRUCTION" : "OPERATING";
            String liaison = liaisons.get(e % liaisons.size());
            List<Visit> visits = new ArrayList<>();
            for (LocalDate on = today.minusDays(360 - random.nextInt(20)); on.isBefore(today); on = on.plusDays(25 + random.nextInt(15))) {
                boolean risk = random.nextInt(4) == 0;
                String category = risk ? RISKS[random.nextInt(RISKS.length)] : null;
                visits.add(new Visit(on, "企业负责人、安全员", "走访了解企业安全生产和员工防诈情况，开展反诈宣传", category,
                        risk ? "现场发现问题，已提醒企业整改" : null));
            }
            List<Request> requests = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int r = 0; r < count; r++) {
                int category = random.nextInt(REQUEST_CATEGORIES.length);
                Instant received = start.minus(Duration.ofDays(1 + random.nextInt(360))).plus(Duration.ofHours(9 + random.nextInt(8)));
                Instant deadline = received.plus(Duration.ofDays(REQUEST_DAYS[category]));
                Instant started = received.plus(Duration.ofHours(2 + random.nextInt(30)));
                Instant resolved = started.plus(Duration.ofHours(12 + random.nextInt(24 * REQUEST_DAYS[category])));
                Instant closed = resolved.plus(Duration.ofHours(12 + random.nextInt(96)));
                int rating = new int[]{5, 5, 5, 5, 4, 4, 4, 3, 2}[random.nextInt(9)];
                if (closed.isBefore(start)) {
                    requests.add(new Request(REQUEST_CATEGORIES[category], REQUEST_TEXTS[category], received, deadline, "CLOSED", started,
                            resolved, "已协调办理完毕", closed, rating, rating >= 4 ? "民警响应及时，办理高效" : "希望办理再快一些",
                            resolved.isAfter(deadline) ? deadline.plus(Duration.ofMinutes(1)) : null));
                } else if (started.isBefore(start)) {
                    requests.add(new Request(REQUEST_CATEGORIES[category], REQUEST_TEXTS[category], received, deadline, "IN_PROGRESS",
                            started, null, null, null, null, null,
                            // one open past its deadline was escalated then: the timer finds nothing to tell anyone now
                            deadline.isBefore(start) ? deadline.plus(Duration.ofMinutes(1)) : null));
                }
            }
            enterprises.add(new Enterprise(station, creditCode(), name, SECTORS[random.nextInt(SECTORS.length)],
                    "武进区" + town + "工业园区" + (1 + random.nextInt(300)) + "号", name().charAt(0) + "经理", phone("138"),
                    signed.atStartOfDay(BureauTime.ZONE).toInstant(), town + word + "项目",
                    BigDecimal.valueOf(50_000_000L + random.nextLong(1_500_000_000L)).setScale(2, RoundingMode.HALF_UP), signed, stage,
                    liaison, visits, requests));
        }
    }

    private static String townOf(String station) {
        for (Object[] s : STATIONS) {
            if (s[0].equals(station)) {
                return (String) s[1];
            }
        }
        throw new IllegalArgumentException(station);
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private double gaussian() {
        // Box–Muller over the seeded generator (SplittableRandom has no nextGaussian before Java 17's RandomGenerator)
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private String name() {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String given = GIVEN[random.nextInt(GIVEN.length)];
        return random.nextInt(3) == 0 ? surname + given : surname + given + GIVEN[random.nextInt(GIVEN.length)];
    }

    private String phone(String prefix) {
        return prefix + digits(8);
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private String trackingCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A unified social credit code with a correct check character (GB 32100), 常州武进's area code. */
    private String creditCode() {
        StringBuilder code = new StringBuilder("91320412");
        while (code.length() < 17) {
            code.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.append(CREDIT_ALPHABET.charAt(check)).toString();
    }

    private static BigDecimal money(double yuan) {
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_UP);
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    public LocalDate today() {
        return today;
    }

    public List<Community> communities() {
        return communities;
    }

    public List<Person> people() {
        return people;
    }

    public List<FraudCase> cases() {
        return cases;
    }

    public List<Lead> leads() {
        return leads;
    }

    public List<Tip> tips() {
        return tips;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Shift> shifts() {
        return shifts;
    }

    public List<Enterprise> enterprises() {
        return enterprises;
    }
}

package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.application.ImportPlan.PlannedRow;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Community;
import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import cn.gov.wujin.yanghu.organization.domain.Grid;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.organization.domain.Station;
import cn.gov.wujin.yanghu.shared.CsvFile;
import cn.gov.wujin.yanghu.shared.CsvRow;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.PhoneNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first day's imports (ADMIN): the organisation (stations, communities, grids) and the
 * accounts, each from one CSV file. Every row is checked, every problem named by row and
 * column, and nothing is stored when one row is wrong; a record already stored is found by its
 * code (a station's code, a community's within its station, a grid's within its community; an
 * account's username) and updated; a dry run checks and answers the same plan, storing nothing.
 * Each stored change is audited as the forms' are (the entities are audited). Problems name the
 * column as the forms name the field: {@code rows[5].stationCode} for station_code.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OrganizationImport {

    public static final List<String> ORGANIZATION_HEADER = List.of("type", "station_code", "community_code", "grid_code", "name_zh",
            "name_en", "kind", "address", "phone");
    public static final List<String> ACCOUNT_HEADER = List.of("username", "display_name", "station_code", "roles", "phone");

    private static final Pattern STATION_CODE = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern LOCAL_CODE = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    /** No 0/O, 1/l/I: a password read off paper or a phone is typed without guessing. */
    private static final String PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String PASSWORD_DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    // ---------------------------------------------------------------- the organisation

    public ImportPlan importOrganization(byte[] csv, boolean dryRun) {
        CsvFile file = CsvFile.read(csv, ORGANIZATION_HEADER);
        Map<String, Station> stations = new HashMap<>();
        em.createNamedQuery("Station.all", Station.class).getResultList().forEach(s -> stations.put(s.getCode(), s));
        Map<String, Community> communities = new HashMap<>();
        em.createQuery("SELECT c FROM Community c JOIN FETCH c.station", Community.class).getResultList()
                .forEach(c -> communities.put(c.getStation().getCode() + "/" + c.getCode(), c));
        Map<String, Grid> grids = new HashMap<>();
        em.createQuery("SELECT g FROM Grid g JOIN FETCH g.community c JOIN FETCH c.station", Grid.class).getResultList()
                .forEach(g -> grids.put(g.getCommunity().getStation().getCode() + "/" + g.getCommunity().getCode() + "/" + g.getCode(), g));

        // what the file itself defines, so that a row may name a station or community of another row
        Set<String> fileStations = new HashSet<>();
        Set<String> fileCommunities = new HashSet<>();
        for (CsvRow row : file.rows()) {
            if (row.values().size() != ORGANIZATION_HEADER.size()) {
                continue;
            }
            String type = row.get(0).toUpperCase(Locale.ROOT);
            if (type.equals("STATION")) {
                fileStations.add(row.get(1));
            } else if (type.equals("COMMUNITY")) {
                fileCommunities.add(row.get(1) + "/" + row.get(2));
            }
        }

        List<PlannedRow> plan = new ArrayList<>();
        List<Runnable> changes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        // the records this file creates, found by the rows after them once the changes run
        Map<String, Station> newStations = new HashMap<>();
        Map<String, Community> newCommunities = new HashMap<>();
        file.checkEachRow((row, problems) -> {
            String type = row.get(0).toUpperCase(Locale.ROOT);
            String stationCode = row.get(1);
            String communityCode = row.get(2);
            String gridCode = row.get(3);
            String nameZh = row.get(4);
            String nameEn = row.get(5);
            int before = problems.size();
            switch (type) {
                case "STATION" -> {
                    format(row, problems, "stationCode", stationCode, STATION_CODE, true);
                    empty(row, problems, "communityCode", communityCode);
                    empty(row, problems, "gridCode", gridCode);
                    empty(row, problems, "kind", row.get(6));
                    text(row, problems, "nameZh", nameZh, 100, true);
                    text(row, problems, "nameEn", nameEn, 100, true);
                    text(row, problems, "address", row.get(7), 200, false);
                    text(row, problems, "phone", row.get(8), 30, false);
                    duplicate(row, problems, seen, "STATION " + stationCode, "stationCode");
                    if (problems.size() > before) {
                        return;
                    }
                    String address = blankToNull(row.get(7));
                    String phone = blankToNull(row.get(8));
                    Station stored = stations.get(stationCode);
                    if (stored == null) {
                        plan.add(new PlannedRow(row.number(), "STATION", stationCode, "CREATE"));
                        changes.add(() -> {
                            Station station = new Station(stationCode, nameZh, nameEn);
                            station.changeContact(address, phone);
                            em.persist(station);
                            newStations.put(stationCode, station);
                        });
                    } else if (stored.getNameZh().equals(nameZh) && stored.getNameEn().equals(nameEn)
                            && Objects.equals(stored.getAddress(), address) && Objects.equals(stored.getPhone(), phone)) {
                        plan.add(new PlannedRow(row.number(), "STATION", stationCode, "UNCHANGED"));
                    } else {
                        plan.add(new PlannedRow(row.number(), "STATION", stationCode, "UPDATE"));
                        changes.add(() -> {
                            stored.rename(nameZh, nameEn);
                            stored.changeContact(address, phone);
                        });
                    }
                }
                case "COMMUNITY" -> {
                    station(row, problems, stationCode, stations, fileStations);
                    format(row, problems, "communityCode", communityCode, LOCAL_CODE, true);
                    empty(row, problems, "gridCode", gridCode);
                    text(row, problems, "nameZh", nameZh, 100, true);
                    text(row, problems, "nameEn", nameEn, 100, true);
                    empty(row, problems, "address", row.get(7));
                    empty(row, problems, "phone", row.get(8));
                    CommunityKind kind = CommunityKind.COMMUNITY;
                    if (!row.get(6).isEmpty()) {
                        try {
                            kind = CommunityKind.valueOf(row.get(6).toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            problems.add(row.field("kind"), "setup.import.kind", row.number());
                        }
                    }
                    String key = stationCode + "/" + communityCode;
                    duplicate(row, problems, seen, "COMMUNITY " + key, "communityCode");
                    if (problems.size() > before) {
                        return;
                    }
                    CommunityKind chosen = kind;
                    Community stored = communities.get(key);
                    if (stored == null) {
                        plan.add(new PlannedRow(row.number(), "COMMUNITY", key, "CREATE"));
                        changes.add(() -> {
                            Station station = Optional.ofNullable(stations.get(stationCode)).orElseGet(() -> newStations.get(stationCode));
                            Community community = new Community(station, communityCode, nameZh, nameEn, chosen);
                            em.persist(community);
                            newCommunities.put(key, community);
                        });
                    } else if (stored.getNameZh().equals(nameZh) && stored.getNameEn().equals(nameEn) && stored.getKind() == chosen) {
                        plan.add(new PlannedRow(row.number(), "COMMUNITY", key, "UNCHANGED"));
                    } else {
                        plan.add(new PlannedRow(row.number(), "COMMUNITY", key, "UPDATE"));
                        changes.add(() -> stored.rename(communityCode, nameZh, nameEn, chosen));
                    }
                }
                case "GRID" -> {
                    station(row, problems, stationCode, stations, fileStations);
                    String communityKey = stationCode + "/" + communityCode;
                    if (communityCode.isEmpty()) {
                        problems.add(row.field("communityCode"), "setup.import.required", row.number());
                    } else if (!communities.containsKey(communityKey) && !fileCommunities.contains(communityKey)) {
                        problems.add(row.field("communityCode"), "setup.import.unknownCommunity", row.number(), communityCode, stationCode);
                    }
                    format(row, problems, "gridCode", gridCode, LOCAL_CODE, true);
                    text(row, problems, "nameZh", nameZh, 100, true);
                    text(row, problems, "nameEn", nameEn, 100, false);
                    empty(row, problems, "kind", row.get(6));
                    empty(row, problems, "address", row.get(7));
                    empty(row, problems, "phone", row.get(8));
                    String key = communityKey + "/" + gridCode;
                    duplicate(row, problems, seen, "GRID " + key, "gridCode");
                    if (problems.size() > before) {
                        return;
                    }
                    String english = blankToNull(nameEn);
                    Grid stored = grids.get(key);
                    if (stored == null) {
                        plan.add(new PlannedRow(row.number(), "GRID", key, "CREATE"));
                        changes.add(() -> {
                            Community community = Optional.ofNullable(communities.get(communityKey))
                                    .orElseGet(() -> newCommunities.get(communityKey));
                            em.persist(new Grid(community, gridCode, nameZh, english));
                        });
                    } else if (stored.getName().equals(nameZh) && Objects.equals(stored.getNameEn(), english)) {
                        plan.add(new PlannedRow(row.number(), "GRID", key, "UNCHANGED"));
                    } else {
                        plan.add(new PlannedRow(row.number(), "GRID", key, "UPDATE"));
                        changes.add(() -> stored.rename(nameZh, english));
                    }
                }
                default -> problems.add(row.field("type"), "setup.import.type", row.number());
            }
        });
        if (!dryRun) {
            // stations first, then communities, then grids: a row may name a record of a later row
            changes.forEach(Runnable::run);
            em.flush();
        }
        return ImportPlan.of(dryRun, plan);
    }

    // ---------------------------------------------------------------- the accounts

    /**
     * Imports accounts: a new username gets an account with a one-time password it must change
     * at its first sign-in (the passwords come back, for the caller to hand out once); a known
     * one is updated (name, station, roles, phone), its password untouched. With
     * {@code phoneRequired} (the passwords go by SMS) a new account without a valid phone is a
     * problem of its row.
     */
    public AccountImportResult importAccounts(byte[] csv, boolean dryRun, boolean phoneRequired) {
        CsvFile file = CsvFile.read(csv, ACCOUNT_HEADER);
        Map<String, Station> stations = new HashMap<>();
        em.createNamedQuery("Station.all", Station.class).getResultList().forEach(s -> stations.put(s.getCode(), s));
        List<PlannedRow> plan = new ArrayList<>();
        List<Runnable> changes = new ArrayList<>();
        List<HandedOutPassword> handedOut = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        file.checkEachRow((row, problems) -> {
            int before = problems.size();
            String username = row.get(0).toLowerCase(Locale.ROOT);
            String displayName = row.get(1);
            String stationCode = row.get(2);
            format(row, problems, "username", username, USERNAME, true);
            text(row, problems, "displayName", displayName, 60, true);
            Station station = null;
            if (!stationCode.isEmpty()) {
                station = stations.get(stationCode);
                if (station == null) {
                    problems.add(row.field("stationCode"), "setup.import.unknownStation", row.number(), stationCode);
                }
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : row.get(3).split("[|;\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(row.field("roles"), "setup.import.role", row.number(), name);
                }
            }
            if (roles.isEmpty() && problems.size() == before) {
                problems.add(row.field("roles"), "setup.import.required", row.number());
            }
            String phone = null;
            if (!row.get(4).isEmpty()) {
                phone = PhoneNumbers.normalize(row.get(4)).orElse(null);
                if (phone == null) {
                    problems.add(row.field("phone"), "setup.import.phone", row.number());
                }
            }
            duplicate(row, problems, seen, "ACCOUNT " + username, "username");
            if (problems.size() > before) {
                return;
            }
            // the role rules of the account itself (a station for station work, none for an administrator)
            Optional<Account> stored = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                    .getResultStream().findFirst();
            Station chosenStation = station;
            String chosenPhone = phone;
            try {
                Account probe = new Account(username, displayName, "-", chosenStation, roles);
                Objects.requireNonNull(probe);
            } catch (InvalidInputException e) {
                problems.add(row.field(e.field() == null || e.field().equals("station") ? "stationCode" : "roles"), e.messageKey(),
                        e.arguments());
                return;
            }
            if (stored.isEmpty()) {
                if (phoneRequired && chosenPhone == null) {
                    problems.add(row.field("phone"), "setup.import.phoneForSms", row.number());
                    return;
                }
                plan.add(new PlannedRow(row.number(), "ACCOUNT", username, "CREATE"));
                String password = oneTimePassword();
                handedOut.add(new HandedOutPassword(username, displayName, stationCode.isEmpty() ? null : stationCode, chosenPhone, password));
                changes.add(() -> {
                    Account account = new Account(username, displayName, passwords.hash(password), chosenStation, roles);
                    account.describe(displayName, chosenPhone, null);
                    account.requirePasswordChange();
                    em.persist(account);
                });
            } else {
                Account account = stored.get();
                boolean same = account.getDisplayName().equals(displayName) && account.getRoles().equals(roles)
                        && Objects.equals(account.getStation() == null ? null : account.getStation().getCode(), chosenStation == null ? null
                        : chosenStation.getCode()) && (chosenPhone == null || chosenPhone.equals(account.getPhone()));
                plan.add(new PlannedRow(row.number(), "ACCOUNT", username, same ? "UNCHANGED" : "UPDATE"));
                if (!same) {
                    changes.add(() -> {
                        account.assign(chosenStation, roles);
                        account.describe(displayName, chosenPhone == null ? account.getPhone() : chosenPhone, account.getIdCardNumber());
                    });
                }
            }
        });
        if (dryRun) {
            return new AccountImportResult(ImportPlan.of(true, plan), phoneRequired ? "SMS" : "LIST", List.of());
        }
        changes.forEach(Runnable::run);
        em.flush();
        return new AccountImportResult(ImportPlan.of(false, plan), phoneRequired ? "SMS" : "LIST", List.copyOf(handedOut));
    }

    /** Twelve characters, letters and digits (the password rule), without look-alike characters. */
    static String oneTimePassword() {
        String all = PASSWORD_LETTERS + PASSWORD_DIGITS;
        StringBuilder password = new StringBuilder();
        password.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
        password.append(PASSWORD_DIGITS.charAt(RANDOM.nextInt(PASSWORD_DIGITS.length())));
        while (password.length() < 12) {
            password.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        // the fixed letter and digit somewhere in the middle, not always first
        for (int i = password.length() - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char c = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, c);
        }
        return password.toString();
    }

    // ---------------------------------------------------------------- the checks of a value

    private static void format(CsvRow row, InvalidInputsException.Collector problems, String column, String value, Pattern pattern,
                               boolean required) {
        if (value.isEmpty()) {
            if (required) {
                problems.add(row.field(column), "setup.import.required", row.number());
            }
        } else if (!pattern.matcher(value).matches()) {
            problems.add(row.field(column), "setup.import.format", row.number(), value);
        }
    }

    private static void text(CsvRow row, InvalidInputsException.Collector problems, String column, String value, int max,
                             boolean required) {
        if (value.isEmpty() && required) {
            problems.add(row.field(column), "setup.import.required", row.number());
        } else if (value.length() > max) {
            problems.add(row.field(column), "setup.import.tooLong", row.number(), max);
        }
    }

    private static void empty(CsvRow row, InvalidInputsException.Collector problems, String column, String value) {
        if (!value.isEmpty()) {
            problems.add(row.field(column), "setup.import.notForType", row.number(), row.get(0));
        }
    }

    private static void station(CsvRow row, InvalidInputsException.Collector problems, String code, Map<String, Station> stored,
                                Set<String> inFile) {
        if (code.isEmpty()) {
            problems.add(row.field("stationCode"), "setup.import.required", row.number());
        } else if (!stored.containsKey(code) && !inFile.contains(code)) {
            problems.add(row.field("stationCode"), "setup.import.unknownStation", row.number(), code);
        }
    }

    private static void duplicate(CsvRow row, InvalidInputsException.Collector problems, Map<String, Integer> seen, String key,
                                  String column) {
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            problems.add(row.field(column), "setup.import.duplicate", row.number(), first);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The header a file must start with, for the pages' hint. */
    public static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("organization", String.join(",", ORGANIZATION_HEADER));
        headers.put("accounts", String.join(",", ACCOUNT_HEADER));
        return headers;
    }
}

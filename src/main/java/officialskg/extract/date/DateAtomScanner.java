package officialskg.extract.date;

import officialskg.extract.date.DateAtom.Kind;

import officialskg.extract.FirstCharacterSearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the pieces of Korean date expressions with one compiled pattern. Every alternative is a fixed word or a
 * short bounded number with lookarounds of bounded length, so the scan is linear in the text length.
 *
 * <p>Quantities are refused here: {@code 7일간}, {@code 3일 동안}, {@code 7일 일정}, {@code 4박 7일}, {@code 10년 만에},
 * {@code 24시간}. Numbers glued to other digits or decimal points ({@code 3.5일}, {@code 123일}) are not dates.
 */
final class DateAtomScanner {

    /** A number must not continue another number, decimal or code ({@code 2.5}, {@code A-3}). */
    private static final String NUM_START = "(?<![\\d.,:/\\-])";
    /** Words for durations and amounts after a day count: {@code 7일간}, {@code 3일 만에}, {@code 7일 일정}. */
    private static final String NOT_DURATION = "(?!\\s?(?:간|동안|째|만에|만이|이내|이상|이하|미만|가량|정도|남짓|넘게|"
            + "가까이|분량|치|짜리|씩|마다|평균|일정|연속|내내|여간|안에))";
    /** A relative word must start a word: {@code 모레} is not a date inside {@code 아모레}. */
    private static final String WORD_START = "(?<![가-힣])";
    private static final String DASH = "[~∼〜–\\-]";

    /**
     * Every character an atom can start with. Positions holding another character are skipped with one look-up
     * instead of trying the alternatives: keep it in step with the alternatives below.
     */
    private static final String FIRST_CHARACTERS = "0123456789'’(재지작전올금내명이다차상하오어그모당익봄여가겨연초중말새아낮저밤";
    private static final FirstCharacterSearch ATOM = new FirstCharacterSearch(FIRST_CHARACTERS, List.of(
            NUM_START + "(?<iso>(?:19|20)\\d{2})-(?<isoM>\\d{2})-(?<isoD>\\d{2})(?!\\d)",
            NUM_START + "(?<dot>(?:19|20)\\d{2})\\s?[./]\\s?(?<dotM>\\d{1,2})\\s?[./]\\s?(?<dotD>\\d{1,2})(?![\\d%])",
            NUM_START + "(?<decade>(?:19|20)\\d)0\\s?년대",
            NUM_START + "(?<year>(?:19|20)\\d{2})\\s?년(?:도)?(?!\\s?(?:간|동안|만에|째|대))",
            "(?<![\\d.,:/\\-'’])(?<yy>['’]?\\d{2})\\s?년(?!\\s?(?:간|대|동안|만에|만|째|이상|이내|이하|전|후|뒤|가까이|넘게|여|차|"
                    + "가량|정도|남짓|미만|물|된|생|치|짜리|형|제|임기))",
            WORD_START + "(?<ryear>재작년|지난해|작년|전년|올해|금년|내후년|내년|명년|이듬해)",
            NUM_START + "(?<mrange>\\d{1,2})\\s?" + DASH + "\\s?(?<mrangeEnd>\\d{1,2})\\s?월(?!\\s?간)",
            NUM_START + "(?<month>\\d{1,2})\\s?월(?!\\s?간)",
            WORD_START + "(?<rmonth>지난\\s?달|이번\\s?달|이달|다음\\s?달|내달)",
            WORD_START + "(?<rweek>이번\\s?주|금주|지난\\s?주|다음\\s?주|차주)(?!말|일|년|가|식|주|민|소|택|류|도|장|요)",
            "(?<half>상반기|하반기)",
            NUM_START + "(?<quarter>[1-4])\\s?분기",
            NUM_START + "(?<drange>\\d{1,2})\\s?" + DASH + "\\s?(?<drangeEnd>\\d{1,2})\\s?일" + NOT_DURATION,
            NUM_START + "(?<day>\\d{1,2})\\s?일(?![가-힣&&[^에은는이의로과와도부까께쯤경엔자밤낮오새저아중입인생]])" + NOT_DURATION,
            WORD_START + "(?<rday>오늘|금일|어제|그저께|그제|내일|모레|이날|당일|전날|전일|다음\\s?날|이튿날|익일)"
                    + "(?!날|서야|치기|부|신문|자|보|학|도|대)",
            WORD_START + "(?<cue>지난|오는|이번|올)(?=\\s)",
            WORD_START + "(?<season>봄|여름|가을|겨울)",
            "(?<ypart>연초|연말|연중)",
            "(?<mpart>초순|상순|중순|하순|초|말)",
            "(?<weekday>\\(\\s?(?<wd>[월화수목금토일])(?:요일)?\\s?\\))",
            "(?<local>\\(\\s?(?:이하\\s?)?현지\\s?(?:시간|시각)\\s?\\))",
            "(?<time>(?:(?<ampm>오전|오후|새벽|아침|낮|저녁|밤)\\s?)?" + NUM_START
                    + "(?<hour>\\d{1,2})\\s?시(?:\\s?(?<minute>\\d{1,2})\\s?분|\\s?(?<halfHour>반))?)"
                    + "(?![가-힣&&[^에부까쯤경께엔]])(?!\\s?간)"), "");

    private static final Map<String, Integer> YEAR_OFFSETS = Map.of("재작년", -2, "지난해", -1, "작년", -1, "전년", -1,
            "올해", 0, "금년", 0, "내년", 1, "명년", 1, "내후년", 2, "이듬해", 1);

    List<DateAtom> scan(String text) {
        List<DateAtom> atoms = new ArrayList<>();
        FirstCharacterSearch.Scan search = ATOM.over(text);
        for (Matcher m = search.find(0); m != null; m = search.find(FirstCharacterSearch.next(m))) {
            DateAtom atom = atom(m, text);
            if (atom != null && inCalendar(atom)) {
                atoms.add(atom);
            }
        }
        return atoms;
    }

    private static DateAtom atom(Matcher m, String text) {
        int from = m.start();
        int to = m.end();
        if (group(m, "iso") != null) {
            return new DateAtom(Kind.FULL_DATE, from, to, num(m, "iso"), num(m, "isoM"), num(m, "isoD"));
        }
        if (group(m, "dot") != null) {
            return new DateAtom(Kind.FULL_DATE, from, to, num(m, "dot"), num(m, "dotM"), num(m, "dotD"));
        }
        if (group(m, "decade") != null) {
            return new DateAtom(Kind.DECADE, from, to, num(m, "decade"), 0, 0);
        }
        if (group(m, "year") != null) {
            return new DateAtom(Kind.YEAR, from, to, num(m, "year"), 0, 0);
        }
        if (group(m, "yy") != null) {
            String yy = group(m, "yy");
            boolean apostrophe = !Character.isDigit(yy.charAt(0));
            return new DateAtom(Kind.TWO_DIGIT_YEAR, from, to, Integer.parseInt(yy.substring(yy.length() - 2)),
                    apostrophe ? 1 : 0, 0);
        }
        if (group(m, "ryear") != null) {
            return new DateAtom(Kind.RELATIVE_YEAR, from, to, YEAR_OFFSETS.get(group(m, "ryear")), 0, 0);
        }
        if (group(m, "mrange") != null) {
            return new DateAtom(Kind.MONTH_RANGE, from, to, num(m, "mrange"), num(m, "mrangeEnd"), 0);
        }
        if (group(m, "month") != null) {
            return new DateAtom(Kind.MONTH, from, to, num(m, "month"), 0, 0);
        }
        if (group(m, "rmonth") != null) {
            String w = group(m, "rmonth");
            int offset = w.startsWith("지난") ? -1 : w.startsWith("다음") || w.equals("내달") ? 1 : 0;
            return new DateAtom(Kind.RELATIVE_MONTH, from, to, offset, 0, 0);
        }
        if (group(m, "rweek") != null) {
            String w = group(m, "rweek");
            int offset = w.startsWith("지난") ? -1 : w.startsWith("다음") || w.equals("차주") ? 1 : 0;
            return new DateAtom(Kind.RELATIVE_WEEK, from, to, offset, 0, 0);
        }
        if (group(m, "half") != null) {
            return new DateAtom(Kind.HALF, from, to, group(m, "half").equals("상반기") ? 1 : 2, 0, 0);
        }
        if (group(m, "quarter") != null) {
            return new DateAtom(Kind.QUARTER, from, to, num(m, "quarter"), 0, 0);
        }
        if (group(m, "drange") != null) {
            return afterNights(text, from) ? null
                    : new DateAtom(Kind.DAY_RANGE, from, to, num(m, "drange"), num(m, "drangeEnd"), 0);
        }
        if (group(m, "day") != null) {
            return afterNights(text, from) ? null : new DateAtom(Kind.DAY, from, to, num(m, "day"), 0, 0);
        }
        if (group(m, "rday") != null) {
            return relativeDay(group(m, "rday").replace(" ", ""), from, to);
        }
        if (group(m, "cue") != null) {
            String w = group(m, "cue");
            int cue = w.equals("지난") ? DateAtom.PAST : w.equals("오는") ? DateAtom.FUTURE : DateAtom.THIS;
            return new DateAtom(Kind.CUE, from, to, cue, 0, 0);
        }
        if (group(m, "season") != null) {
            int start = switch (group(m, "season")) {
                case "봄" -> 3;
                case "여름" -> 6;
                case "가을" -> 9;
                default -> 12;
            };
            return new DateAtom(Kind.SEASON, from, to, start, 0, 0);
        }
        if (group(m, "ypart") != null) {
            int code = switch (group(m, "ypart")) {
                case "연초" -> 1;
                case "연말" -> 3;
                default -> 2;
            };
            return new DateAtom(Kind.YEAR_PART, from, to, code, 0, 0);
        }
        if (group(m, "mpart") != null) {
            int code = switch (group(m, "mpart")) {
                case "초", "초순", "상순" -> 1;
                case "중순" -> 2;
                default -> 3;
            };
            return new DateAtom(Kind.MONTH_PART, from, to, code, 0, 0);
        }
        if (group(m, "weekday") != null) {
            return new DateAtom(Kind.WEEKDAY_NOTE, from, to, "월화수목금토일".indexOf(group(m, "wd")) + 1, 0, 0);
        }
        if (group(m, "local") != null) {
            return new DateAtom(Kind.LOCAL_TIME_NOTE, from, to, 0, 0, 0);
        }
        return time(m, from, to);
    }

    /** {@code 13월}, {@code 32일}, {@code 0일} are no dates (an impossible day like 2월 30일 still is one, without value). */
    private static boolean inCalendar(DateAtom atom) {
        return switch (atom.kind()) {
            case FULL_DATE -> atom.b() >= 1 && atom.b() <= 12 && atom.c() >= 1 && atom.c() <= 31;
            case MONTH -> atom.a() >= 1 && atom.a() <= 12;
            case MONTH_RANGE -> atom.a() >= 1 && atom.a() <= 12 && atom.b() >= 1 && atom.b() <= 12 && atom.a() != atom.b();
            case DAY -> atom.a() >= 1 && atom.a() <= 31;
            case DAY_RANGE -> atom.a() >= 1 && atom.a() <= 31 && atom.b() >= 1 && atom.b() <= 31 && atom.a() != atom.b();
            default -> true;
        };
    }

    /** {@code 4박 7일} is the length of a trip, not a date. */
    private static boolean afterNights(String text, int from) {
        int i = from - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '박';
    }

    private static DateAtom relativeDay(String word, int from, int to) {
        // b = 1: counted from the day the story is about (이날, 전날), else from the publication date (어제)
        return switch (word) {
            case "오늘", "금일" -> new DateAtom(Kind.RELATIVE_DAY, from, to, 0, 0, 0);
            case "어제" -> new DateAtom(Kind.RELATIVE_DAY, from, to, -1, 0, 0);
            case "그제", "그저께" -> new DateAtom(Kind.RELATIVE_DAY, from, to, -2, 0, 0);
            case "내일" -> new DateAtom(Kind.RELATIVE_DAY, from, to, 1, 0, 0);
            case "모레" -> new DateAtom(Kind.RELATIVE_DAY, from, to, 2, 0, 0);
            case "이날", "당일" -> new DateAtom(Kind.RELATIVE_DAY, from, to, 0, 1, 0);
            case "전날", "전일" -> new DateAtom(Kind.RELATIVE_DAY, from, to, -1, 1, 0);
            default -> new DateAtom(Kind.RELATIVE_DAY, from, to, 1, 1, 0); // 다음날, 이튿날, 익일
        };
    }

    private static DateAtom time(Matcher m, int from, int to) {
        int hour = num(m, "hour");
        int minute = group(m, "minute") != null ? num(m, "minute") : group(m, "halfHour") != null ? 30 : 0;
        String ampm = group(m, "ampm");
        if (ampm != null && hour <= 12) {
            boolean afternoon = switch (ampm) {
                case "오후", "저녁" -> true;
                case "밤" -> hour >= 6;
                case "낮" -> hour < 6;
                default -> false;
            };
            if (afternoon && hour < 12) {
                hour += 12;
            } else if (!afternoon && hour == 12 && !ampm.equals("낮")) {
                hour = 0; // 오전 12시, 밤 12시: midnight
            }
        }
        if (hour > 24 || minute > 59) {
            return null;
        }
        return new DateAtom(Kind.TIME, from, to, hour, minute, 0);
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(group(m, group));
    }

    /** A named group's text, or null also when the pattern tried here has no such group (see FirstCharacterSearch). */
    private static String group(Matcher m, String name) {
        Integer group = m.namedGroups().get(name);
        return group == null ? null : m.group(group);
    }
}

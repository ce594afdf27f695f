package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations that news names without a suffix, recognised by the words around them: a stock code in brackets
 * after the name (紫金矿业（601899）, 渤海银行（09668.HK）), the words after an owner (江铜控股的金瑞期货, 恒力旗下, 青岛港持股
 * 60%), and a title between the organisation and a person (北京特亿阳光新能源总裁祁海珅). The name is read leftwards from
 * that word and must hold a naming word; a known place before a title is the place's government, not a firm.
 */
final class OrganisationContextRule {

    private static final Pattern STOCK_CODE = Pattern.compile(
            "（(?:[036-9]\\d{5}(?:\\.(?:SH|SZ|BJ|sh|sz|bj))?|\\d{4,5}\\.(?:HK|hk)|[A-Z]{1,5}\\.(?:N|O|US))）");

    private OrganisationContextRule() {
    }

    static void apply(Sentence sentence, List<Candidate> out) {
        Lexicon lexicon = sentence.lexicon();
        String text = sentence.text();
        Matcher code = STOCK_CODE.matcher(text);
        while (code.find()) {
            add(sentence, sentence.start() + code.start(), true, "context:stock-code", 2, out);
        }
        for (String cue : lexicon.triggers.words("OWNER")) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                add(sentence, sentence.start() + at, false, "context:owner", 2, out);
            }
        }
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token title = tokens.get(i);
            Token person = tokens.get(i + 1);
            if (lexicon.titles.contains(title.word()) && person.isPersonName() && person.word().length() >= 2) {
                add(sentence, title.start(), false, "context:title", 1, out);
            }
        }
    }

    /**
     * {@return where the name before {@code at} ends}: without the adverbs and times between a subject and its verb
     * (紫金矿业正式入股, 恒力今年收购) and without the words that begin a title (陈嘉庚科学奖基金会副理事长, …常务副主任)
     */
    private static int trimmed(Sentence sentence, int at) {
        int end = at;
        Lexicon lexicon = sentence.lexicon();
        while (end > sentence.start()) {
            int k = sentence.tokenAt(end - 1);
            if (k < 0) {
                break;
            }
            Token t = sentence.tokens().get(k);
            String pos = t.pos();
            if (t.end() == end && (pos.equals("d") || pos.equals("ad") || pos.equals("t") || pos.startsWith("m")
                    || lexicon.titlePrefixes.contains(t.word()))) {
                end = t.start();
            } else if (t.end() == end && t.word().length() > 1 && lexicon.titlePrefixes.stream()
                    .anyMatch(p -> t.word().endsWith(p) && t.word().length() > p.length())) {
                // 基金会副 cut as one word: the prefix still belongs to the title
                String p = lexicon.titlePrefixes.stream().filter(x -> t.word().endsWith(x)).findFirst().orElseThrow();
                end -= p.length();
                break;
            } else {
                break;
            }
        }
        return end;
    }

    private static void add(Sentence sentence, int at, boolean listed, String rule, int priority, List<Candidate> out) {
        int end = trimmed(sentence, at);
        if (end <= sentence.start() || !Character.isIdeographic(sentence.charAt(end - 1))) {
            return;
        }
        NameBoundary.Found found = NameBoundary.leftOf(sentence, end, end, false, false, listed, false);
        String name = found.name();
        Lexicon lexicon = sentence.lexicon();
        List<Token> tokens = sentence.tokensIn(found.start(), end);
        // a listed company is a name by its code; an owner may be a port or a group named like a place (青岛港)
        boolean owner = rule.equals("context:owner");
        if (name.length() < 2 || name.length() > 20 || tokens.isEmpty() || lexicon.gazetteer.isPlace(name)
                || !owner && tokens.size() == 1 && tokens.getFirst().isPlaceName()
                || !listed && !OrganisationNameRule.hasNamingWord(tokens, lexicon) && !lexicon.gazetteer.knowsPartOf(name)
                || OrganisationNameRule.isGeneric(name, tokens, lexicon) || lexicon.describes(name)) {
            return;
        }
        NameSuffix suffix = lexicon.suffixes.of(name);
        if (suffix != null && suffix.kind() == NameSuffix.Kind.SINGLE_CHARACTER && name.endsWith("部")
                && !OrganisationNameRule.hasNamingWord(tokens, lexicon)) {
            return;
        }
        EntityType type = suffix != null && suffix.type() != EntityType.PLACE && suffix.type() != EntityType.EVENT
                ? suffix.type() : EntityType.INSTITUTION;
        out.add(new Candidate(found.start(), end, name, type, rule, priority));
    }
}

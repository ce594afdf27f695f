package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.parse.StockLink;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sina's stock links. A link names its listed company only when the linked text is the whole mention
 * (国泰君安、…) or the head of a unit's name (中国联通上海分公司, 海通证券研发中心). Where the linked text is the tail
 * or middle of another name (数据港 in 浦东金融数据港), the head of a parent group's name (中国铝业 in
 * 中国铝业集团有限公司, another company) or a piece of an ordinary phrase (线上线下两手抓), it names nothing.
 */
final class StockLinkRule {

    private static final String SEPARATORS = "、，。；：,;:！？!?（）()“”\"《》 \u3000\n";
    private static final Set<String> FOLLOWING_WORDS = Set.of("等", "和", "与", "及", "在", "的", "将", "已", "也",
            "是", "为", "于", "同", "联合", "携手", "发布", "宣布", "表示", "称", "公告");

    private StockLinkRule() {
    }

    /**
     * Decides every link: adds whole mentions as institutions, gives tickers, and records fragments.
     *
     * @param kept      the resolved candidates, extended with whole mentions
     * @param tickers   filled with linked text → ticker for links that name their company
     * @param fragments filled with linked texts that name nothing
     */
    static void apply(ArticleView view, List<StockLink> links, List<Candidate> kept, Map<String, String> tickers,
            Set<String> fragments) {
        for (StockLink link : links) {
            if (link.start() < 0 || link.end() > view.text().length()) {
                continue;
            }
            Candidate covering = kept.stream().filter(c -> c.start() <= link.start() && link.end() <= c.end())
                    .findFirst().orElse(null);
            if (covering != null) {
                if (covering.start() < link.start()) {
                    fragments.add(link.text());
                } else if (covering.end() == link.end()) {
                    tickers.put(covering.name(), link.ticker());
                } else if (namesUnit(view.masked().substring(link.end(), covering.end()), view.lexicon())) {
                    tickers.put(link.text(), link.ticker());
                } else {
                    fragments.add(link.text());
                }
                continue;
            }
            if (standsAlone(view, link)) {
                kept.add(new Candidate(link.start(), link.end(), link.text(), EntityType.INSTITUTION, "stock-link", 3));
                tickers.put(link.text(), link.ticker());
            } else {
                fragments.add(link.text());
            }
        }
    }

    /** {@return whether the rest of a name after the linked head is a unit (上海分公司, 研发中心), not a legal form} */
    static boolean namesUnit(String rest, Lexicon lexicon) {
        if (rest.startsWith("集团") || rest.startsWith("控股") || rest.startsWith("股份")) {
            return false;
        }
        for (String form : lexicon.suffixes.companyForms()) {
            if (rest.equals(form)) {
                return false;
            }
        }
        if (rest.startsWith("大学") || rest.startsWith("学院")) {
            // 中国石油大学（华东）: a school named after a company is an organisation of its own, not its unit
            return false;
        }
        NameSuffix suffix = lexicon.suffixes.of(rest);
        return suffix != null && suffix.kind() != NameSuffix.Kind.COMPANY_FORM || rest.endsWith("分公司");
    }

    private static boolean standsAlone(ArticleView view, StockLink link) {
        Lexicon lexicon = view.lexicon();
        String text = view.masked();
        // the linked words must read as a name: 线上线下 (线/n 上/f 线/n 下/f) is an ordinary phrase
        boolean nameLike = lexicon.suffixes.of(link.text()) != null || Segmenter.segment(link.text(), 0).stream()
                .anyMatch(t -> t.isOrganisationLike() || t.isPlaceName() || t.isPersonName() || t.pos().equals("nx"));
        if (!nameLike) {
            return false;
        }
        boolean leftOpen = link.start() == 0 || SEPARATORS.indexOf(text.charAt(link.start() - 1)) >= 0
                || FOLLOWING_WORDS.contains(String.valueOf(text.charAt(link.start() - 1)));
        if (!leftOpen) {
            return false;
        }
        if (link.end() >= text.length() || SEPARATORS.indexOf(text.charAt(link.end())) >= 0) {
            return true;
        }
        Sentence sentence = view.sentenceAt(link.end());
        if (sentence == null) {
            return false;
        }
        int next = sentence.tokenAt(link.end());
        if (next < 0 || sentence.tokens().get(next).start() != link.end()) {
            return false;
        }
        Token t = sentence.tokens().get(next);
        return FOLLOWING_WORDS.contains(t.word()) || t.pos().equals("p") || t.pos().startsWith("c")
                || t.pos().startsWith("u") || t.pos().equals("d") || t.pos().equals("ad") || t.isVerb();
    }
}

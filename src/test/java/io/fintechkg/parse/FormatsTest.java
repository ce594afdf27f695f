package io.fintechkg.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fintechkg.ingest.Document;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The input variants besides the bundled samples: whole pages, older front matter, plain text, odd but valid HTML. */
class FormatsTest {

    private final ArticleParser parser = new NewsArticleParser();

    private ParsedArticle parse(String name, String content) throws ParseException {
        ParsedArticle article = parser.parse(new Document(name, "/in/" + name, content.getBytes(UTF_8)));
        for (TextSpan span : article.sentences()) {
            assertThat(article.text().substring(span.start(), span.end())).isEqualTo(span.text());
        }
        for (StockLink link : article.stockLinks()) {
            assertThat(article.text().substring(link.start(), link.end())).isEqualTo(link.text());
        }
        return article;
    }

    @Test
    void readsTheOlderFrontMatterWithFourSpaceCategoriesAndNoHeadImage() throws ParseException {
        ParsedArticle article = parse("old.txt", """

                ---
                title: '央行发布金融科技发展规划'
                categories:\s
                    - 金融
                    - 新浪财经
                author: 新浪财经
                comments: false
                date: Thu, 22 Aug 2019 09:30:00 GMT
                ---

                <div>
                <p>　　中国人民银行印发《金融科技（FinTech）发展规划（2019－2021年）》。</p>
                </div>
                """);

        assertThat(article.title()).isEqualTo("央行发布金融科技发展规划");
        assertThat(article.categories()).containsExactly("金融", "新浪财经");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2019-08-22T09:30:00Z"));
        assertThat(ParsedBody.text(article)).isEqualTo("中国人民银行印发《金融科技（FinTech）发展规划（2019－2021年）》。");
    }

    @Test
    void readsIsoDatesQuotedOrNotAndLocalTimesAsChinaTime() throws ParseException {
        assertThat(parse("a.md", "---\ntitle: t\ndate: '2023-08-01'\n---\n正文。\n").publishedAt())
                .isEqualTo(Instant.parse("2023-08-01T00:00:00Z"));
        assertThat(parse("b.md", "---\ntitle: t\ndate: 2023-08-01\n---\n正文。\n").publishedAt())
                .isEqualTo(Instant.parse("2023-08-01T00:00:00Z"));
        assertThat(parse("c.md", "---\ntitle: t\ndate: '2023-08-01 10:03'\n---\n正文。\n").publishedAt())
                .isEqualTo(Instant.parse("2023-08-01T02:03:00Z"));
        assertThat(parse("d.md", "---\ntitle: t\ndate: '2021-07-27T18:58:44+08:00'\n---\n正文。\n").publishedAt())
                .isEqualTo(Instant.parse("2021-07-27T10:58:44Z"));
        assertThat(parse("e.md", "---\ntitle: t\ndate: 2021-07-27 18:58:44\n---\n正文。\n").publishedAt())
                .isEqualTo(Instant.parse("2021-07-27T10:58:44Z"));
        assertThat(parse("f.md", "---\ntitle: t\ndate: '2021年07月27日 18:58'\n---\n正文。\n").publishedAt())
                .isEqualTo(Instant.parse("2021-07-27T10:58:00Z"));
        assertThat(parse("g.md", "---\ntitle: t\ndate: '下周二'\n---\n正文。\n").publishedAt()).isNull();
    }

    @Test
    void takesThePublicationTimeFromAPublishedLineWhenTheFrontMatterHasNone() throws ParseException {
        ParsedArticle article = parse("f.md", "---\ntitle: '标题'\ndate: ''\n---\n\n发布时间:2023-08-01 10:03\n\n正文。\n");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2023-08-01T02:03:00Z"));
        assertThat(ParsedBody.text(article)).isEqualTo("正文。");
    }

    @Test
    void rebuildsWordsThatTheStockLinkerCutApart() throws ParseException {
        ParsedArticle article = parse("links.txt", """
                ---
                title: '论坛'
                ---
                <div><p>　　推动科技创<span id="stock_sz002001"><a href="https://finance.sina.com.cn/realstock/company/sz002001/nc.shtml" class="keyword">新和成</a></span><span id="quote_sz002001"></span>果转化，\
                <span id="stock_sz000931"><a class="keyword">中关村</a></span><span id="quote_sz000931"></span>论坛在京举行；\
                浦东金融<span id="stock_sh603881"><a>数据港</a></span><span id="quote_sh603881"></span>开港。</p></div>
                """);

        assertThat(ParsedBody.text(article)).isEqualTo("推动科技创新和成果转化，中关村论坛在京举行；浦东金融数据港开港。");
        int body = bodyStart(article);
        assertThat(article.stockLinks()).extracting(StockLink::text, StockLink::ticker, StockLink::start)
                .containsExactly(tuple("新和成", "sz002001", body + 5), tuple("中关村", "sz000931", body + 12),
                        tuple("数据港", "sh603881", body + 26));
        assertThat(ParsedBody.sentences(article)).extracting(TextSpan::text)
                .containsExactly("推动科技创新和成果转化，中关村论坛在京举行；", "浦东金融数据港开港。");
    }

    @Test
    void takesTickersFromBareLinksToQuotePages() throws ParseException {
        ParsedArticle article = parse("bare.txt", """
                ---
                title: t
                ---
                <p>　　<a href="https://finance.sina.com.cn/realstock/company/sh600837/nc.shtml">海通证券</a>研发中心落成。</p>
                """);

        int body = bodyStart(article);
        assertThat(article.stockLinks()).containsExactly(new StockLink("海通证券", "sh600837", body, body + 4));
    }

    @Test
    void readsOddButValidHtml() throws ParseException {
        ParsedArticle article = parse("odd.txt", """
                ---
                title: t
                ---
                <div data-x><p></p><p>　　</p>
                <p class=foo style="color:red" cms-style="font-L"><span><span><font>嵌套</font></span>的</span>文字。</p>
                <p>第一行<br>第二行&nbsp;&nbsp;空格</p>
                <section><h2>小标题</h2><ul><li>一项；</li><li>二项。</li></ul></section>
                <table><tr><td>表格</td><td>单元</td></tr></table>
                """);

        assertThat(ParsedBody.paragraphs(article)).extracting(TextSpan::text)
                .containsExactly("嵌套的文字。", "第一行", "第二行 空格", "小标题", "一项；", "二项。", "表格", "单元");
    }

    @Test
    void keepsAnOriginalTitleLineThatDiffersFromTheTitle() throws ParseException {
        ParsedArticle article = parse("orig.txt", """
                ---
                title: '金融数据港开港'
                ---
                <p>　　原标题：浦东打造金融科技产业集群</p><p>　　正文。</p>
                """);

        assertThat(ParsedBody.paragraphs(article)).extracting(TextSpan::text).containsExactly("原标题：浦东打造金融科技产业集群", "正文。");
    }

    @Test
    void takesTheTextFromTheFrontMatterWhenTheBodyWrapperIsEmpty() throws ParseException {
        ParsedArticle article = parse("summary.txt", """
                ---
                title: '标题'
                description: '邮储银行与蚂蚁金服签署战略合作协议。'
                ---
                <div>   </div>
                """);

        assertThat(ParsedBody.text(article)).isEqualTo("邮储银行与蚂蚁金服签署战略合作协议。");
    }

    @Test
    void readsTheArticleBodyOfASinaPage() throws ParseException {
        ParsedArticle article = parse("doc-ikmxzfmm0014692.shtml", """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8">
                <title>北京严查炒作学区房_新浪财经_新浪网</title>
                <meta property="og:title" content="北京严查炒作学区房 18家中介机构被查处">
                <meta property="og:url" content="https://finance.sina.com.cn/chanjing/cyxw/2021-05-01/doc-ikmxzfmm0014692.shtml">
                <meta property="article:published_time" content="2021-05-01T09:50:00+08:00">
                <meta property="article:author" content="北京日报">
                <script>var a = 1 < 2;</script></head>
                <body><div class="nav"><p>首页 财经 股票 基金 新闻中心</p></div>
                <h1 class="main-title">北京严查炒作学区房 18家中介机构被查处</h1>
                <div class="article" id="artibody">
                <p>　　北京市住建委昨日通报，18家中介机构被查处。</p>
                <div class="img_wrapper"><img src="a.png"><span class="img_descr">图为现场</span></div>
                <p>　　市住建委联合<span id="stock_sz300959"><a>线上线下</a></span>开展检查。</p>
                <p style="text-align:center">图片来源：视觉中国</p>
                <p class="article-editor">责任编辑：潘翘楚</p>
                </div>
                <div class="footer"><p>新浪财经意见反馈留言板，欢迎批评指正，谢谢大家的支持与帮助。</p></div>
                </body></html>
                """);

        assertThat(article.title()).isEqualTo("北京严查炒作学区房 18家中介机构被查处");
        assertThat(article.url()).isEqualTo("https://finance.sina.com.cn/chanjing/cyxw/2021-05-01/doc-ikmxzfmm0014692.shtml");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2021-05-01T01:50:00Z"));
        assertThat(article.source()).isEqualTo("北京日报");
        assertThat(article.categories()).isEmpty();
        assertThat(ParsedBody.text(article)).isEqualTo("北京市住建委昨日通报，18家中介机构被查处。\n市住建委联合线上线下开展检查。");
        int body = bodyStart(article);
        assertThat(article.stockLinks()).containsExactly(new StockLink("线上线下", "sz300959", body + 29, body + 33));
    }

    @Test
    void findsTheMainTextOfAnotherNewsPageByItsChineseParagraphs() throws ParseException {
        ParsedArticle article = parse("content_12063596.htm", """
                <html><head><title>基金小镇高峰论坛落幕 - 青岛新闻网</title>
                <link rel="canonical" href="https://news.qingdaonews.com/content_12063596.htm"></head>
                <body><div id="menu"><p>首页</p><p>新闻</p></div>
                <div class="main"><div class="text">
                <p>6月3日，2017中国基金小镇高峰论坛在莱西圆满落幕。</p>
                <p>莱西姜山镇成为山东省第一个基金小镇。</p></div>
                <div class="side"><p>热点推荐：一周要闻</p></div></div>
                <div class="copyright"><p>版权所有</p></div></body></html>
                """);

        assertThat(article.title()).isEqualTo("基金小镇高峰论坛落幕");
        assertThat(article.url()).isEqualTo("https://news.qingdaonews.com/content_12063596.htm");
        assertThat(ParsedBody.paragraphs(article)).extracting(TextSpan::text)
                .containsExactly("6月3日，2017中国基金小镇高峰论坛在莱西圆满落幕。", "莱西姜山镇成为山东省第一个基金小镇。");
    }

    @Test
    void readsPlainTextWithoutFrontMatterTakingAShortFirstLineAsTitle() throws ParseException {
        ParsedArticle article = parse("plain.txt", """
                邮储银行与蚂蚁金服签署战略合作协议

                近日,邮储银行与蚂蚁金服在北京举行签约仪式。双方将建设联合实验室
                (编辑 孙倩)
                """);

        assertThat(article.title()).isEqualTo("邮储银行与蚂蚁金服签署战略合作协议");
        assertThat(article.publishedAt()).isNull();
        assertThat(article.url()).isNull();
        assertThat(ParsedBody.sentences(article)).extracting(TextSpan::text)
                .containsExactly("近日,邮储银行与蚂蚁金服在北京举行签约仪式。", "双方将建设联合实验室");
    }

    @Test
    void readsMarkdownWithoutItsMarks() throws ParseException {
        ParsedArticle article = parse("post.md", """
                # 交行3个联合创新实验室揭牌

                **交通银行**分别与[华为](https://www.huawei.com)、腾讯云共建联合创新实验室。

                ![实验室](640.png)

                > 据悉,三个实验室将推进大模型落地。
                """);

        assertThat(article.title()).isEqualTo("交行3个联合创新实验室揭牌");
        assertThat(ParsedBody.paragraphs(article)).extracting(TextSpan::text)
                .containsExactly("交通银行分别与华为、腾讯云共建联合创新实验室。", "据悉,三个实验室将推进大模型落地。");
    }

    @Test
    void namesAnUntitledArticleAfterItsFile() throws ParseException {
        ParsedArticle article = parse("untitled-note.txt", "这是一段很长的正文，它以句号结束，所以不像标题。\n第二段。\n");

        assertThat(article.title()).isEqualTo("untitled-note");
        assertThat(ParsedBody.paragraphs(article)).hasSize(2);
    }

    @Test
    void readsWindowsLineEndsAndAByteOrderMark() throws ParseException {
        ParsedArticle article = parse("windows.md", "\uFEFF---\r\ntitle: '标题'\r\ndate: '2023-08-01'\r\n---\r\n\r\n第一段。\r\n\r\n第二段。\r\n");

        assertThat(article.title()).isEqualTo("标题");
        assertThat(ParsedBody.text(article)).isEqualTo("第一段。\n第二段。");
    }

    @Test
    void readsAnOlderPageInTheGbkCharsetItDeclares() throws ParseException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>央行发布规划_新浪财经</title></head><body><div id=\"artibody\">"
                + "<p>　　中国人民银行印发金融科技发展规划。</p></div></body></html>";

        ParsedArticle article = parser.parse(new Document("old.shtml", "/in/old.shtml",
                page.getBytes(java.nio.charset.Charset.forName("GBK"))));

        assertThat(article.title()).isEqualTo("央行发布规划");
        assertThat(ParsedBody.text(article)).isEqualTo("中国人民银行印发金融科技发展规划。");
    }

    @Test
    void findsTheMainTextWhenEachParagraphIsWrappedInItsOwnBlock() throws ParseException {
        ParsedArticle article = parse("wrapped.html", """
                <html><head><title>标题</title></head><body>
                <nav><p>首页</p><p>新闻中心</p></nav>
                <div class="content">
                <div class="para"><p>交通银行与华为共建联合创新实验室。</p></div>
                <div class="para"><p>交行与腾讯云联合创新实验室正式揭牌。</p></div>
                <div class="para"><p>交行与科大讯飞联合创新实验室将围绕大模型开展研究。</p></div>
                </div>
                <div class="hot"><p>热门：一篇很长很长很长很长很长很长的推荐文章标题列表。</p></div>
                <footer><p>版权所有，未经授权不得转载本网站的任何内容与文章。</p></footer>
                </body></html>
                """);

        assertThat(ParsedBody.paragraphs(article)).extracting(TextSpan::text).containsExactly("交通银行与华为共建联合创新实验室。",
                "交行与腾讯云联合创新实验室正式揭牌。", "交行与科大讯飞联合创新实验室将围绕大模型开展研究。");
    }

    @Test
    void dropsPinyinGlossesAPageFlattenedFromRubyButKeepsLatinInBrackets() throws ParseException {
        ParsedArticle plain = parse("gloss.md", """
                ---
                title: '北京銀行與張江高新技術產(chǎn)業(yè)開發(fā)區(qū)管理委員會簽訂協(xié)議'
                ---

                北京銀行與張江高新技術產(chǎn)業(yè)開發(fā)區(qū)管理委員會簽訂戰(zhàn)略合作協(xié)議。招商银行(CMB)也参与了(abc)。
                """);
        assertThat(plain.title()).isEqualTo("北京銀行與張江高新技術產業開發區管理委員會簽訂協議");
        assertThat(ParsedBody.text(plain)).contains("張江高新技術產業開發區管理委員會簽訂戰略合作協議", "招商银行(CMB)也参与了(abc)");

        ParsedArticle html = parse("gloss.html", "<html><body><div id=\"artibody\"><p>張江產(chǎn)業(yè)園區"
                + "正式開園，多家企業入駐。</p></div></body></html>");
        assertThat(ParsedBody.text(html)).contains("張江產業園區正式開園");
    }

    /** Where the body begins in the clean text, after the title that opens it. */
    private static int bodyStart(ParsedArticle article) {
        return article.text().length() - ParsedBody.text(article).length();
    }

    @Test
    void theTitleOpensTheCleanTextAsItsFirstParagraph() throws ParseException {
        ParsedArticle article = parse("titled.md", """
                ---
                title: '中国建设银行科技金融创新中心在广州正式挂牌成立'
                ---

                中国建设银行科技金融创新中心在广州正式挂牌成立
                6月16日，该中心正式挂牌。
                """);
        assertThat(article.text()).isEqualTo("中国建设银行科技金融创新中心在广州正式挂牌成立\n6月16日，该中心正式挂牌。");
        assertThat(article.paragraphs()).extracting(TextSpan::text)
                .containsExactly("中国建设银行科技金融创新中心在广州正式挂牌成立", "6月16日，该中心正式挂牌。");
    }
}

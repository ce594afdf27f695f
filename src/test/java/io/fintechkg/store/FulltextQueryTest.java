package io.fintechkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FulltextQueryTest {

    @Test
    void everyTermBecomesARequiredPhrase() {
        assertThat(FulltextQuery.allPhrases("华为 技术")).isEqualTo("\"华为\" AND \"技术\"");
        assertThat(FulltextQuery.allPhrases("  金融数据港 ")).isEqualTo("\"金融数据港\"");
    }

    @Test
    void luceneSyntaxIsTakenLiterally() {
        assertThat(FulltextQuery.escape("a+b (c) \"d\" e:f *?~ \\ /")).isEqualTo(
                "a\\+b \\(c\\) \\\"d\\\" e\\:f \\*\\?\\~ \\\\ \\/");
        assertThat(FulltextQuery.allPhrases("AND OR")).isEqualTo("\"AND\" AND \"OR\"");
    }

    @Test
    void looksANameUpUnderEveryKeyTheResolverFilesItUnder() {
        assertThat(GraphReader.lookupKeys(" 华为技术有限公司 ")).contains("Institution:华为技术有限公司", "Institution:华为技术",
                "Place:华为技术有限公司");
        assertThat(GraphReader.lookupKeys("ＡＢＣ　银行")).contains("Institution:abc银行");
        assertThat(GraphReader.lookupKeys(" ")).isEmpty();
    }
}

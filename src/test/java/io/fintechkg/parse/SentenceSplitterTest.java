package io.fintechkg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("ends on the full stop, question and exclamation marks",
                        "仪式举行。谁来主办？大家欢迎！", List.of("仪式举行。", "谁来主办？", "大家欢迎！")),
                Arguments.of("ends clauses on the semicolon of a list",
                        "任命李飞为商务部部长助理；任命王永红为局长。", List.of("任命李飞为商务部部长助理；", "任命王永红为局长。")),
                Arguments.of("keeps closing quotes and brackets with their sentence",
                        "他表示：“合作是共赢的选择。”双方签约。（完）", List.of("他表示：“合作是共赢的选择。”", "双方签约。", "（完）")),
                Arguments.of("keeps a run of end marks together", "真的吗？！是的。", List.of("真的吗？！", "是的。")),
                Arguments.of("never ends inside a short quotation",
                        "稀土企业“小、散、乱；弱”的局面有所改观。", List.of("稀土企业“小、散、乱；弱”的局面有所改观。")),
                Arguments.of("never ends inside a book title", "发布《加油！中国》白皮书。", List.of("发布《加油！中国》白皮书。")),
                Arguments.of("cuts a long quotation like any other text",
                        "他说：“金融数据港将不断完善公共配套服务，建设一个高水平的金融科技展厅。展厅将于年内启用，全方位营造创新生态。”",
                        List.of("他说：“金融数据港将不断完善公共配套服务，建设一个高水平的金融科技展厅。", "展厅将于年内启用，全方位营造创新生态。”")),
                Arguments.of("ignores an opening quote that is never closed",
                        "他说“第一句。第二句。", List.of("他说“第一句。", "第二句。")),
                Arguments.of("ends on half-width marks after Chinese text",
                        "涉及国有银行等;外部机构方面,也有企业!对吗?", List.of("涉及国有银行等;", "外部机构方面,也有企业!", "对吗?")),
                Arguments.of("does not end on half-width marks inside Latin text",
                        "Yahoo! Finance 与 a;b 无关。", List.of("Yahoo! Finance 与 a;b 无关。")),
                Arguments.of("ends the last sentence at the paragraph's end without a mark",
                        "本报记者 吕东", List.of("本报记者 吕东")),
                Arguments.of("trims white space between sentences", "第一句。 　第二句。 ", List.of("第一句。", "第二句。")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void splitsSentences(String behaviour, String paragraph, List<String> expected) {
        List<TextSpan> sentences = new ArrayList<>();
        SentenceSplitter.split(paragraph, 100, sentences);

        assertThat(sentences).extracting(TextSpan::text).containsExactlyElementsOf(expected);
        for (TextSpan sentence : sentences) {
            assertThat(paragraph.substring(sentence.start() - 100, sentence.end() - 100)).isEqualTo(sentence.text());
        }
    }
}

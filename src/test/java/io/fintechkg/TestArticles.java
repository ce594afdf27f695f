package io.fintechkg;

import io.fintechkg.ingest.Document;
import java.nio.charset.StandardCharsets;

/** Small articles written for tests, in the form the samples have (front matter and a news sentence). */
public final class TestArticles {

    private TestArticles() {
    }

    /** {@return a one-sentence article about a strategic cooperation, under the given file name} */
    public static Document partnership(String fileName) {
        return new Document(fileName, "/tmp/" + fileName, """
                ---
                title: '测试银行与示例科技有限公司签署战略合作协议'
                date: 2024-05-06
                ---
                测试银行与示例科技有限公司在上海签署战略合作协议，双方将共建金融科技联合实验室。
                """.getBytes(StandardCharsets.UTF_8));
    }
}

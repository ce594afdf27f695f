package io.fintechkg.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class WriteAccessTest {

    private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 50000);
    private static final InetSocketAddress REMOTE = new InetSocketAddress("203.0.113.7", 50000);

    @Test
    void withoutATokenOnlyLocalhostMayWrite() {
        assertThat(WriteAccess.of(null, null, LOCAL).refusal()).isNull();
        assertThat(WriteAccess.of("", null, new InetSocketAddress("::1", 1)).refusal()).isNull();
        assertThat(WriteAccess.of(null, null, REMOTE).refusal()).contains("localhost");
        assertThat(WriteAccess.of(null, null, null).refusal()).contains("localhost");
    }

    @Test
    void withATokenEvenLocalhostNeedsIt() {
        assertThat(WriteAccess.of("s3cret", null, LOCAL).refusal()).contains("Bearer");
        assertThat(WriteAccess.of("s3cret", "Bearer wrong", LOCAL).refusal()).contains("not the write token");
        assertThat(WriteAccess.of("s3cret", "Basic s3cret", LOCAL).refusal()).contains("Bearer");
        assertThat(WriteAccess.of("s3cret", "Bearer s3cret", REMOTE).refusal()).isNull();
        assertThat(WriteAccess.of("s3cret", "bearer s3cret", REMOTE).refusal()).isNull();
    }

    @Test
    void aRefusalFailsTheWrite() {
        assertThatThrownBy(() -> WriteAccess.of("s3cret", null, LOCAL).check())
                .isInstanceOf(WriteAccess.WriteRefusedException.class).hasMessageStartingWith("write refused");
    }
}

package cn.gov.wujin.yanghu.operations.domain;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangesTest {

    private final AddressRanges proxies = AddressRanges.parse("10.20.0.5, 10.20.1.0/24 fd00::/8", "value");

    @Test
    void readsAddressesAndRangesInCanonicalForm() {
        assertThat(proxies.entries()).containsExactly("10.20.0.5", "10.20.1.0/24", "fd00:0:0:0:0:0:0:0/8");
        assertThat(AddressRanges.parse("10.20.1.77/24,10.20.1.0/24", "value").entries()).containsExactly("10.20.1.0/24");
        assertThat(AddressRanges.parse("", "value").isEmpty()).isTrue();
        assertThat(proxies.contains("10.20.1.200")).isTrue();
        assertThat(proxies.contains("10.20.2.1")).isFalse();
        assertThat(proxies.contains("fd12::1")).isTrue();
    }

    @Test
    void refusesNamesAndNonsenseNamingTheEntry() {
        for (String wrong : List.of("balancer.local", "10.20.0.256", "10.20.0.0/33", "10.20.0.0/x", "1.2.3")) {
            assertThatThrownBy(() -> AddressRanges.parse("10.0.0.1, " + wrong, "value")).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).arguments()).containsExactly(wrong));
        }
    }

    @Test
    void theClientIsTheRightMostAddressThatIsNoProxy() {
        assertThat(proxies.clientAddress("10.20.0.5", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        // a client that sends its own header: what the balancer appended is what counts
        assertThat(proxies.clientAddress("10.20.0.5", List.of("198.51.100.1, 203.0.113.7"))).isEqualTo("203.0.113.7");
        // two of our balancers in a row
        assertThat(proxies.clientAddress("10.20.0.5", List.of("203.0.113.7, 10.20.1.9"))).isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress("10.20.0.5", List.of("203.0.113.7", "10.20.1.9"))).isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress("10.20.0.5", List.of("[2001:db8::1]:4711"))).isEqualTo("2001:db8::1");
        assertThat(proxies.clientAddress("10.20.0.5", List.of("203.0.113.7:5000"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aDirectCallerCannotChooseItsAddress() {
        assertThat(proxies.clientAddress("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
        assertThat(AddressRanges.NONE.clientAddress("10.20.0.5", List.of("203.0.113.7"))).isEqualTo("10.20.0.5");
        // garbage from the client: the hop that wrote it is the client
        assertThat(proxies.clientAddress("10.20.0.5", List.of("<script>, 10.20.1.9"))).isEqualTo("10.20.1.9");
        assertThat(proxies.clientAddress("10.20.0.5", List.of("unknown"))).isEqualTo("10.20.0.5");
    }
}

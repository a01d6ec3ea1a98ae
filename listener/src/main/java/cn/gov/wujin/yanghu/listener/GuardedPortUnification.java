package cn.gov.wujin.yanghu.listener;

import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.PUProtocol;

/**
 * The one place a listener's HTTP filter chain takes a filter of ours: Payara builds an HTTP
 * protocol's chain itself (GenericGrizzlyListener.configureHttpProtocol, no hook), but a
 * port-unification protocol may name its own {@link PUFilter} class, and every sub-protocol's
 * chain is registered with it. Each one gets an {@link UnreadBodyGuard} right after its HTTP
 * codec, also when the codec sits behind TLS in a port unification of its own (an HTTPS
 * sub-protocol, whose inner chain is registered before this one).
 * Named in domain.xml by scripts/lib.sh (port-unification classname); loaded from the domain's lib/.
 */
public class GuardedPortUnification extends PUFilter {

    @Override
    public void register(PUProtocol protocol) {
        guard(protocol.getFilterChain());
        super.register(protocol);
    }

    /** Whether an HTTP/2 filter is in the chain (Payara leaves it out behind a port unification, for now). */
    static boolean servesHttp2(FilterChain chain) {
        return chain.stream().anyMatch(filter -> filter.getClass().getName().startsWith("org.glassfish.grizzly.http2."));
    }

    /** Puts a guard right after each HTTP codec of this chain and of the port unifications in it (once). */
    static void guard(FilterChain chain) {
        for (int i = 0; i < chain.size(); i++) {
            Filter filter = chain.get(i);
            if (filter instanceof HttpServerFilter) {
                if (i + 1 == chain.size() || !(chain.get(i + 1) instanceof UnreadBodyGuard)) {
                    chain.add(i + 1, new UnreadBodyGuard(!servesHttp2(chain)));
                }
            } else if (filter instanceof PUFilter nested) {
                for (PUProtocol inner : nested.getProtocols()) {
                    guard(inner.getFilterChain());
                }
            }
        }
    }
}

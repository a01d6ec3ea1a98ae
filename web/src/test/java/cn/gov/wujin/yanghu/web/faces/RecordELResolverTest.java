package cn.gov.wujin.yanghu.web.faces;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordELResolverTest {

    record Row(long id, String name) {
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public jakarta.el.ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public jakarta.el.FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public jakarta.el.VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void readsRecordComponentsAsProperties() {
        assertThat(resolver.getValue(context, new Row(7, "湖塘"), "name")).isEqualTo("湖塘");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOtherObjectsAndUnknownComponentsToOtherResolvers() {
        assertThat(resolver.getValue(context, "a string", "length")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, new Row(7, "x"), "nothing")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        assertThat(resolver.isReadOnly(context, new Row(1, "x"), "id")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, new Row(1, "x"), "id", 2L))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}

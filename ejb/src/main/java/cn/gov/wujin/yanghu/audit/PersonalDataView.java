package cn.gov.wujin.yanghu.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that returns personal data unmasked. Each successful call is
 * written to the audit trail with the record's id (the method's first parameter).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PersonalDataView {

    /** The entity type whose personal data is shown. */
    @Nonbinding
    String value() default "";
}

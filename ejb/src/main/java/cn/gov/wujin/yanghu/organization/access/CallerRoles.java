package cn.gov.wujin.yanghu.organization.access;

import cn.gov.wujin.yanghu.organization.domain.Role;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @RolesAllowed} for a CDI bean's method (the EJB container checks it only on EJBs): the
 * caller must have one of these roles, else 403. Checked before anything else, Bean Validation
 * included, as on an EJB. For the few hot paths that are not EJBs (tip intake).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CallerRoles {

    @Nonbinding
    Role[] value() default {};
}

package cn.gov.wujin.yanghu.organization.access;

import cn.gov.wujin.yanghu.shared.RoleNotPermittedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.Arrays;

/** Refuses a call to a {@link CallerRoles} method by a caller with none of its roles (before Bean Validation's interceptor). */
@CallerRoles
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class CallerRolesCheck {

    @Inject
    private StationScope scope;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        CallerRoles allowed = invocation.getMethod().getAnnotation(CallerRoles.class);
        if (allowed == null) {
            allowed = invocation.getMethod().getDeclaringClass().getAnnotation(CallerRoles.class);
        }
        Caller caller = scope.caller();
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(caller.roles()::contains)) {
            throw new RoleNotPermittedException("error.forbidden");
        }
        return invocation.proceed();
    }
}

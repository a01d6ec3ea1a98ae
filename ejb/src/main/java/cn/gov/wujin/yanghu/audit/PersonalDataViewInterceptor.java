package cn.gov.wujin.yanghu.audit;

import cn.gov.wujin.yanghu.shared.StationOwned;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@PersonalDataView
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PersonalDataViewInterceptor {

    @Inject
    private AuditLog auditLog;

    @AroundInvoke
    Object recordView(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        PersonalDataView marker = invocation.getMethod().getAnnotation(PersonalDataView.class);
        String entityType = marker == null || marker.value().isEmpty()
                ? invocation.getMethod().getDeclaringClass().getSimpleName() : marker.value();
        Object[] parameters = invocation.getParameters();
        Object id = parameters.length > 0 ? parameters[0] : null;
        Long stationId = result instanceof StationOwned owned ? owned.stationId() : null;
        auditLog.record(AuditAction.VIEW_PERSONAL_DATA, entityType, id, stationId,
                invocation.getMethod().getName());
        return result;
    }
}

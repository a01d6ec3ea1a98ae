package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.Amount;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Amounts typed into a page, read by the same rules as the API's ({@link Amount}): ASCII
 * digits, at most two decimals, never negative. The refusal is the API's text, beside the input.
 */
@FacesConverter(forClass = Amount.class)
public class AmountConverter implements Converter<Amount> {

    @Override
    public Amount getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Amount.parse(value).orElseThrow(() -> {
            String text = FacesErrors.text(context, Amount.INVALID);
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Amount value) {
        return value == null ? "" : value.toString();
    }
}

using System.ComponentModel.DataAnnotations;

namespace IntegrationFunding.Domain.Time;

/// <summary>Options validation: the value is a cron expression <see cref="BerlinCronSchedule"/> accepts (start-up fails with a German message otherwise).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CronScheduleAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return BerlinCronSchedule.TryParse(value as string, out _)
            ? ValidationResult.Success
            : new ValidationResult($"{validationContext.DisplayName}: {BerlinCronSchedule.InvalidMessage(value as string)}", [validationContext.MemberName ?? validationContext.DisplayName]);
    }
}

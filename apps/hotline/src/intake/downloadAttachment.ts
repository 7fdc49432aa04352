import type { ModuleHost } from '@sw/contracts';

/**
 * Saves a ticket's file for a member of staff: fetched with their token (a plain link could not send
 * it), handed to the browser as a download, never opened in the portal's page.
 */
export async function downloadAttachment(
  host: ModuleHost,
  complaintId: string,
  attachment: { id: string; name: string },
  container: HTMLElement,
): Promise<void> {
  const token = await host.auth.getToken();
  const response = await fetch(
    `${host.apiBaseUrl.replace(/\/$/, '')}/complaints/${encodeURIComponent(complaintId)}/attachments/${encodeURIComponent(attachment.id)}`,
    { headers: token ? { Authorization: `Bearer ${token}` } : {} },
  );
  if (!response.ok) throw new Error(`download failed (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

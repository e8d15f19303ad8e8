// The elements of index.html that the page fills in.

export const reportArea = document.getElementById('report') as HTMLElement;
export const provinceSelect = document.getElementById('province') as HTMLSelectElement;
export const yearSelect = document.getElementById('year') as HTMLSelectElement;
export const announcements = document.getElementById('announcements') as HTMLElement;
export const liveStatus = document.getElementById('live') as HTMLElement;
